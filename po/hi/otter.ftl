# Otter का इंटरफ़ेस, हिंदी में।
# स्रोत: po/en-US/otter.ftl (अनुवादकों के लिए टिप्पणियाँ वहीं हैं)।
# शब्दावली: po/GLOSSARY.md. Tor, OTR, Pidgin, XMPP, IRC, SOCKS लैटिन लिपि में ही रहते हैं, जैसे Tails में।

## Terms

-app-name = Otter

## The window

window-title = { -app-name }
window-title-conversation = { -app-name } — { $peer }

## Tor status line, at the top of the window

tor-status-checking = जाँच हो रही है कि Tor चल रहा है या नहीं…
tor-status-ready = Tor से जुड़ा है। हर कनेक्शन Tor से होकर जाता है, और हर खाता अपने अलग सर्किट से।
tor-status-not-isolating = ऐसे SOCKS प्रॉक्सी से जुड़ा है जो खातों को अलग नहीं रखता: हो सकता है यह Tor न हो।

## Sidebar: accounts and contacts

sidebar-accounts-heading = खाते
sidebar-contacts-heading = संपर्क
sidebar-open-address-placeholder = इनसे चैट करें… (XMPP पता या IRC निक)
sidebar-open-address-tooltip = उस संपर्क का पता जिससे चैट करनी है
sidebar-contact-with-name = { $name } ({ $address })

## One row per account in the sidebar

account-connect-button = कनेक्ट करें
account-disconnect-button = डिस्कनेक्ट करें
account-connect-tooltip = { $address } को Tor के ज़रिए कनेक्ट करें
account-status-offline = ऑफ़लाइन
account-status-connecting = Tor के ज़रिए कनेक्ट हो रहा है…
account-status-online = ऑनलाइन
account-status-failed = कनेक्ट नहीं है: { $reason }

## Importing from Pidgin

pidgin-import-button = Pidgin से आयात करें
pidgin-import-button-tooltip = अपने Pidgin खाते, संपर्क, ग्रुप चैट और OTR कुंजियाँ { $directory } से ले आएँ
pidgin-import-dialog-title = Pidgin से आयात करें
pidgin-import-dialog-body = Otter आपके खाते, संपर्क, ग्रुप चैट, OTR कुंजियाँ और सत्यापित संपर्क ले आएगा। हो सकता है Pidgin ने पासवर्ड भी सहेजे हों: उन्हें तभी लाएँ जब इस कंप्यूटर का स्टोरेज एन्क्रिप्टेड हो (Tails पर: Persistent Storage)। Pidgin का बातचीत का लॉग कॉपी नहीं होता: जब तक आप न कहें, Otter कोई लॉग नहीं रखता।
pidgin-import-without-passwords = पासवर्ड के बिना आयात करें
pidgin-import-with-passwords = पासवर्ड के साथ आयात करें
pidgin-imported =
    Pidgin से आयात हुआ: { $accounts ->
        [one] { $accounts } खाता
       *[other] { $accounts } खाते
    } (Otter में पहले से: { $skipped }), { $contacts ->
        [one] { $contacts } संपर्क
       *[other] { $contacts } संपर्क
    }, { $rooms ->
        [one] { $rooms } ग्रुप चैट
       *[other] { $rooms } ग्रुप चैट
    }।

## First run: the welcome, shown while there is no account

welcome-title = { -app-name } में आपका स्वागत है
welcome-intro = { -app-name } सिर्फ़ Tor के ज़रिए कनेक्ट होता है। चैट शुरू करने के लिए कोई खाता जोड़ें।
welcome-add-xmpp-button = मौजूदा XMPP खाता जोड़ें
welcome-add-xmpp-tooltip = आपके पास पहले से XMPP (Jabber) पता और उसका पासवर्ड है
welcome-create-xmpp-button = नया XMPP खाता बनाएँ
welcome-add-irc-button = IRC नेटवर्क जोड़ें
welcome-add-irc-tooltip = अपने रजिस्टर किए गए निक से OFTC, Libera.Chat या किसी और IRC नेटवर्क पर चैट करें

## Adding an account

account-dialog-xmpp-title = XMPP खाता जोड़ें
account-dialog-irc-title = IRC नेटवर्क जोड़ें
account-dialog-add-button = खाता जोड़ें
account-address-placeholder = पता, जैसे name@example.org
account-address-tooltip = आपका XMPP पता
account-nick-placeholder = आपका रजिस्टर किया गया निक
account-nick-tooltip = वह निक जो आपने इस नेटवर्क पर रजिस्टर किया है
account-network-tooltip = IRC नेटवर्क
account-network-custom = कोई और नेटवर्क…
account-network-custom-placeholder = सर्वर, जैसे irc.example.org
account-network-custom-tooltip = IRC नेटवर्क के सर्वर का नाम
account-password-placeholder = पासवर्ड
account-password-tooltip = खाते का पासवर्ड
account-remember-password = पासवर्ड याद रखें
account-remember-password-tooltip = पासवर्ड आपके Otter फ़ोल्डर में सहेजा जाएगा, ताकि आपको उसे दोबारा न लिखना पड़े। Tails पर यह तभी करें जब Persistent Storage चालू हो। बंद: हर बार कनेक्ट करते समय आप उसे लिखेंगे।
account-advanced = उन्नत
account-host-placeholder = इस सर्वर से कनेक्ट करें (वैकल्पिक)
account-host-tooltip = पते वाले सर्वर के बजाय इस सर्वर से कनेक्ट करें
account-port-placeholder = पोर्ट (वैकल्पिक)
account-port-tooltip = उस सर्वर पर पोर्ट नंबर
account-advanced-help = इसकी ज़रूरत तभी है जब आपके प्रदाता ने बताया हो। नाम Tor के ज़रिए खोजा जाता है; Tor DNS SRV रिकॉर्ड नहीं खोज सकता, इसलिए अगर आपका प्रदाता ऐसा रिकॉर्ड इस्तेमाल करता है, तो उसका सर्वर और पोर्ट यहाँ लिखें।

## Why an account cannot be added yet: shown under the fields as the user types

account-problem-address-empty = अपना पता लिखें।
account-problem-address-form = XMPP पता name@example.org जैसा दिखता है: एक नाम, "@", फिर सर्वर।
account-problem-address-spaces = पते में कोई स्पेस नहीं होता।
account-problem-nick-empty = अपना निक लिखें।
account-problem-nick-form = निक में कोई स्पेस या "@" नहीं होता, और वह किसी अंक या "-" से शुरू नहीं होता।
account-problem-network-empty = नेटवर्क का सर्वर लिखें, जैसे irc.example.org।
account-problem-password-empty = पासवर्ड लिखें।
account-problem-host-form = सर्वर xmpp.example.org जैसा एक नाम है, जिसमें स्पेस, "/" या ":" नहीं होते।
account-problem-port-form = पोर्ट 1 से 65535 तक की एक संख्या है।
account-problem-irc-password = अपने रजिस्टर किए गए निक का पासवर्ड लिखें: { -app-name } उसी से लॉग इन करता है।

## Rooms (group chats): never private

sidebar-rooms-heading = रूम
rooms-join-button = किसी रूम में शामिल हों…
rooms-join-tooltip = अपने किसी XMPP खाते से ग्रुप चैट में शामिल हों
room-open-tooltip = यह रूम खोलें (अगर आप इसमें नहीं हैं तो इसमें शामिल हो जाएँगे)
room-join-dialog-title = किसी रूम में शामिल हों
room-join-dialog-button = रूम में शामिल हों
room-join-explanation = रूम में कही गई कोई भी बात निजी नहीं है: उसमें मौजूद हर व्यक्ति, और सर्वर, हर संदेश पढ़ते हैं।
room-account-tooltip = वह खाता जिससे शामिल होना है
room-address-placeholder = रूम का पता, जैसे { $example }
room-address-tooltip = रूम का पता
room-nick-placeholder = रूम में आपका निक
room-nick-tooltip = वह नाम जो रूम में दूसरे लोग देखते हैं
room-password-placeholder = रूम का पासवर्ड (सिर्फ़ अगर हो)
room-password-tooltip = रूम का पासवर्ड, अगर हो
room-bookmark-check = मेरे रूम में सहेजें
room-autojoin-check = कनेक्ट होने पर अपने-आप शामिल हों
room-problem-address = रूम का पता name@conference.example.org जैसा दिखता है: एक नाम, "@", फिर सर्वर।
room-problem-nick = वह निक लिखें जो आप रूम में इस्तेमाल करना चाहते हैं।
room-not-private-banner = निजी नहीं: इस रूम में मौजूद हर व्यक्ति, और सर्वर, हर संदेश पढ़ सकते हैं। रूम में निजी बातचीत (OTR) संभव नहीं है।
room-warning-address-visible = इस रूम में हर कोई आपका असली पता देख सकता है।
room-warning-logged = इस रूम का सार्वजनिक लॉग रखा जाता है: आप जो कहेंगे वह प्रकाशित हो सकता है।
room-warning-created = यह रूम आपने बनाया है।
room-warning-nick-changed = रूम ने आपको दूसरा निक दिया: { $nick }
room-joined-as = आप इस रूम में { $nick } के रूप में हैं।
room-joining = शामिल हो रहे हैं…
room-topic = विषय: { $topic }
room-topic-none = कोई विषय नहीं
room-topic-set = { $nick } ने विषय बदला: { $topic }
room-occupants-count = { $count ->
    [one] यहाँ { $count } व्यक्ति है
   *[other] यहाँ { $count } लोग हैं
}
room-occupants-tooltip = इस रूम के लोग
room-occupant-moderator = { $nick } (मॉडरेटर)
room-occupant-participant = { $nick }
room-occupant-visitor = { $nick } (सिर्फ़ पढ़ सकते हैं)
room-message = { $nick }: { $text }
room-message-history = { $nick } (पहले): { $text }
room-message-from-room = रूम का संदेश: { $text }
room-occupant-joined = { $nick } शामिल हुए
room-occupant-left = { $nick } चले गए
room-occupant-renamed = { $from } अब { $to } हैं
room-leave-button = रूम छोड़ें
room-leave-tooltip = यह रूम छोड़ें; आप बाद में फिर से इसमें शामिल हो सकते हैं
room-compose-tooltip = रूम में सभी के लिए संदेश लिखें
room-left-left = आपने रूम छोड़ दिया।
room-left-kicked = एक मॉडरेटर ने आपको रूम से निकाल दिया।
room-left-banned = इस रूम में आप पर प्रतिबंध है।
room-left-removed = अब आपको इस रूम में रहने की अनुमति नहीं है।
room-left-shutdown = रूम का सर्वर बंद हो गया।
room-left-destroyed = रूम बंद कर दिया गया।
room-left-too-many = इस रूम में इतने लोग हैं जितनों को { -app-name } फ़ॉलो नहीं कर सकता, इसलिए { -app-name } ने इसे छोड़ दिया।
room-left-disconnected = आप रूम से बाहर हैं: खाता ऑफ़लाइन हो गया।
room-error-nick-in-use = इस रूम में कोई पहले से यह निक इस्तेमाल कर रहा है। कोई दूसरा चुनें।
room-error-password = इस रूम के लिए पासवर्ड चाहिए, या पासवर्ड गलत था।
room-error-banned = इस रूम में आप पर प्रतिबंध है।
room-error-not-found = इस पते पर कोई रूम नहीं है।
room-error-members-only = इस रूम में सिर्फ़ सदस्य शामिल हो सकते हैं।
room-error-full = यह रूम भरा हुआ है।
room-error-creation-refused = सर्वर आपको यह रूम बनाने नहीं देता।
room-error-nick-refused = रूम यह निक स्वीकार नहीं करता। कोई दूसरा चुनें।
room-error-message-refused = रूम ने आपका संदेश स्वीकार नहीं किया: हो सकता है आपको वहाँ बोलने की अनुमति न हो।
room-error-other = रूम ने मना कर दिया: { $condition }
room-problem = { $room }: { $error }
room-topic-button = विषय बदलें…
room-topic-button-tooltip = इस रूम को दूसरा विषय दें, जो इसमें सभी को दिखता है
room-topic-dialog-title = { $room } का विषय
room-topic-entry = नया विषय (खाली: कोई विषय नहीं)
room-topic-entry-tooltip = वह विषय जो रूम में सभी को दिखता है
room-topic-dialog-button = विषय रखें
room-nick-button = निक बदलें…
room-nick-button-tooltip = इस रूम में दूसरे निक से दिखें
room-nick-dialog-title = { $room } में आपका निक
room-nick-irc-explanation = IRC पर आपका निक पूरे नेटवर्क का होता है: यह इस खाते के हर चैनल में बदल जाता है।
room-nick-dialog-button = यह निक इस्तेमाल करें
room-invite-button = आमंत्रित करें…
room-invite-button-tooltip = किसी को इस रूम में आमंत्रित करें
room-invite-dialog-title = किसी को { $room } में आमंत्रित करें
room-invite-address = उनका पता, जैसे name@example.org
room-invite-address-tooltip = जिसे आप आमंत्रित कर रहे हैं उसका पता
room-reason-entry = कारण (वैकल्पिक)
room-invite-reason-tooltip = आमंत्रण के साथ भेजे जाने वाले कुछ शब्द
room-invite-dialog-button = आमंत्रण भेजें
room-invite-problem-address = पता ऐसा दिखता है: name@example.org — एक नाम, "@", फिर सर्वर।
room-invite-sent = { $address } को आमंत्रण भेजा गया।
room-occupant-actions = { $nick } के लिए कार्रवाइयाँ
room-action-kick = रूम से निकालें
room-action-ban = रूम पर प्रतिबंध लगाएँ
room-action-grant-voice = बोलने दें
room-action-revoke-voice = बोलने से रोकें
room-action-grant-moderator = मॉडरेटर बनाएँ
room-action-revoke-moderator = मॉडरेटर से हटाएँ
room-kick-dialog-title = { $nick } को रूम से निकालें?
room-kick-explanation = वे वापस आ सकते हैं। रूम में सभी देखेंगे कि आपने उन्हें निकाला, और आपका कारण भी।
room-kick-button = निकालें
room-ban-dialog-title = { $nick } पर रूम में प्रतिबंध लगाएँ?
room-ban-explanation = जब तक कोई प्रशासक प्रतिबंध नहीं हटाता, वे वापस नहीं आ सकते। रूम में सभी देखेंगे कि आपने उन पर प्रतिबंध लगाया, और आपका कारण भी।
room-ban-button = प्रतिबंध लगाएँ
room-moderation-reason-tooltip = क्यों: रूम में सभी इसे देखते हैं
room-occupant-now-moderator = { $nick } अब मॉडरेटर हैं।
room-occupant-now-participant = { $nick } बोल सकते हैं।
room-occupant-now-visitor = { $nick } अब सिर्फ़ पढ़ सकते हैं।
room-occupant-kicked = { $nick } को रूम से निकाल दिया गया।
room-occupant-banned = { $nick } पर रूम में प्रतिबंध लगा दिया गया।
room-refused-configure = रूम ने अपनी डिफ़ॉल्ट सेटिंग्स नहीं लीं, इसलिए यह दूसरों के लिए बंद रहेगा।
room-refused-kick = रूम ने आपको उस व्यक्ति को निकालने नहीं दिया।
room-refused-ban = रूम ने आपको उस व्यक्ति पर प्रतिबंध लगाने नहीं दिया।
room-refused-voice = रूम ने आपको यह बदलने नहीं दिया कि कौन बोल सकता है।
room-refused-moderator = रूम ने आपको यह बदलने नहीं दिया कि कौन मॉडरेट करता है।
room-refused-invite = रूम ने आपका आमंत्रण आगे नहीं भेजा।
room-refused-destroy = रूम ने आपको इसे बंद करने नहीं दिया।
room-refused-subject = रूम ने आपको विषय बदलने नहीं दिया।
room-refused-configuration = रूम ने आपको इसकी सेटिंग देखने या बदलने नहीं दी।
room-refused-rights = यहाँ आपको इसका अधिकार नहीं है।
room-refused-later = थोड़ी देर में फिर कोशिश करें।
room-refused-condition = रूम का जवाब: { $condition }
rooms-channels-button = IRC चैनल…
rooms-channels-tooltip = जिस IRC नेटवर्क से आप जुड़े हैं उसके चैनल खोजें और किसी में शामिल हों
room-channels-dialog-title = IRC चैनल
room-channels-explanation = चैनल में कही गई कोई भी बात निजी नहीं है: उसमें मौजूद सभी लोग और नेटवर्क हर संदेश पढ़ते हैं।
room-channels-network-tooltip = खोजने के लिए IRC नेटवर्क
room-channels-search-placeholder = चैनल के नाम का कोई हिस्सा (खाली: सभी)
room-channels-search-tooltip = नेटवर्क के चैनल नाम से खोजें
room-channels-search-button = खोजें
room-channels-no-network = पहले किसी IRC नेटवर्क से जुड़ें: उसके चैनल उसी के ज़रिए दिखाए जाते हैं।
room-channels-searching = नेटवर्क से पूछ रहे हैं…
room-channels-count = { $count ->
    [one] एक चैनल मिला।
   *[other] { $count } चैनल मिले।
}
room-channels-truncated = दिखाए जा सकने से ज़्यादा चैनल मेल खाते हैं; ये पहले { $count } हैं। खोज को सीमित करने के लिए नाम का और हिस्सा लिखें।
room-channels-row = { $room } ({ $people ->
    [one] एक व्यक्ति
   *[other] { $people } लोग
}): { $topic }
room-channels-join-button = शामिल हों
room-channels-join = { $room } में शामिल हों

## Preferences (Ctrl+comma)

prefs-title = प्राथमिकताएँ
prefs-button = प्राथमिकताएँ
prefs-button-tooltip = निजता की सेटिंग और सहेजी गई बातचीत
prefs-require-private = सभी से निजी बातचीत ज़रूरी करें
prefs-require-private-explanation = चालू होने पर, किसी संपर्क को कोई भी संदेश बिना एन्क्रिप्शन के नहीं जाता: वह निजी बातचीत (OTR) शुरू होने तक रुका रहता है। रूम कभी निजी नहीं होते और इससे उन पर कोई असर नहीं पड़ता।
prefs-require-private-unknown = आधा चुना हुआ: इस विंडो को नहीं पता कि आपने पिछले सत्र में इसे चालू किया था या नहीं। चालू या बंद चुनें।
prefs-delete-all-button = सहेजी गई सभी बातचीत मिटाएँ
prefs-delete-all-tooltip = इस कंप्यूटर पर सहेजा गया हर संदेश मिटाएँ, हर बातचीत का
prefs-delete-all-confirm-title = सहेजी गई सभी बातचीत मिटाएँ?
prefs-delete-all-confirm-body = इस कंप्यूटर पर सहेजा गया हर संदेश मिट जाएगा। इसे पहले जैसा नहीं किया जा सकता।
prefs-delete-all-confirm-button = सब कुछ मिटाएँ
prefs-language = भाषा
prefs-language-system = सिस्टम जैसी
prefs-language-next-start = { -app-name } अगली बार शुरू होने पर इस भाषा का उपयोग करेगा।
dialog-close = बंद करें

## Dialog buttons shared by several dialogs

dialog-cancel = रद्द करें

## The conversation pane

conversation-none-open = कोई बातचीत खुली नहीं है
conversation-title = { $peer } से बातचीत
conversation-start-private-button = निजी बातचीत शुरू करें
conversation-end-private-button = निजी बातचीत समाप्त करें
conversation-verify-button = संपर्क सत्यापित करें
conversation-verify-button-tooltip = पक्का करें कि आप सही व्यक्ति से बात कर रहे हैं: ऐसा सवाल पूछें जिसका जवाब सिर्फ़ वही दे सके, या आपस में तय किया गया कोई रहस्य जाँचें
conversation-key-changed = चेतावनी: { $peer } उस कुंजी से अलग कुंजी इस्तेमाल कर रहे हैं जिसे आपने सत्यापित किया था। यह कोई नया डिवाइस हो सकता है, या कोई और व्यक्ति। कुछ भी निजी कहने से पहले अपने संपर्क को फिर से सत्यापित करें।

## What is private: the line above the messages. It must never say more than is true.

privacy-not-private = निजी नहीं: इस बातचीत के संदेश एंड-टू-एंड एन्क्रिप्टेड नहीं हैं। सर्वर उन्हें पढ़ सकता है।
privacy-private-unverified = निजी, पर सत्यापित नहीं: संदेश एन्क्रिप्टेड हैं (OTR), पर आपने सत्यापित नहीं किया है कि आपका संपर्क कौन है।
privacy-private-verified = निजी और सत्यापित: संदेश एन्क्रिप्टेड हैं (OTR) और आपने अपने संपर्क को सत्यापित किया है।
privacy-finished = आपके संपर्क ने निजी बातचीत समाप्त कर दी। जब तक आप भी इसे समाप्त न करें या नई शुरू न करें, आप जो भी लिखेंगे वह नहीं भेजा जाएगा।
privacy-compromised = सुरक्षित नहीं: आपने अपने संपर्क की कुंजी को लीक हुई (चोरी या गुम) के रूप में चिह्नित किया है। आप जो भी लिखेंगे वह नहीं भेजा जाएगा। यह बातचीत समाप्त करें और अपने संपर्क को फिर से सत्यापित करें।
privacy-device = आपके संपर्क के डिवाइस "{ $device }" के साथ निजी बातचीत। केवल वही डिवाइस आपके संदेश पढ़ सकता है।

key-generation-started = { $account } के लिए आपकी निजी कुंजी बनाई जा रही है… कुंजी तैयार होते ही इस खाते की निजी बातचीत शुरू होगी।
key-generation-finished = { $account } के लिए आपकी निजी कुंजी तैयार है।
key-generation-failed = { $account } के लिए आपकी निजी कुंजी नहीं बन सकी, इसलिए कोई निजी बातचीत शुरू नहीं हो सकती। प्रतीक्षा कर रहे संदेश नहीं भेजे जाएँगे; अगली निजी बातचीत पर फिर से कोशिश की जाएगी।

## Writing a message, under the conversation

compose-placeholder = संदेश
compose-tooltip = संदेश लिखें
compose-send-button = भेजें

## Messages in a conversation

message-received = { $peer }: { $text }
message-received-not-private = चेतावनी: { $peer } ने ऊपर वाला संदेश बिना एन्क्रिप्शन के भेजा, जबकि यह बातचीत निजी होनी चाहिए। वह निजी नहीं था: सर्वर उसे पढ़ सकता था।
message-own = मैं: { $text }
message-own-waiting = मैं: { $text } (निजी बातचीत की प्रतीक्षा में)
message-own-held-ended = मैं: { $text } (नहीं भेजा गया: आपके संपर्क ने निजी बातचीत समाप्त कर दी)
message-own-held-compromised = मैं: { $text } (नहीं भेजा गया: आपके संपर्क की कुंजी लीक हुई के रूप में चिह्नित है)
message-own-held-offline = मैं: { $text } (नहीं भेजा गया: खाता ऑफ़लाइन है)
message-own-failed = मैं: { $text } (नहीं भेजा गया)
message-own-discarded = मैं: { $text } (हटा दिया गया, नहीं भेजा गया)

## The conversation pane: days, delivery, failed messages, clearing the window

day-today = आज
day-yesterday = कल
delivery-waiting = प्रतीक्षा में
delivery-waiting-tooltip = अभी नहीं भेजा गया: जैसे ही संभव हो, भेजा जाएगा (उदाहरण के लिए, बातचीत निजी होते ही)।
delivery-sent = भेजा गया
delivery-sent-tooltip = भेजा गया: यह इस कंप्यूटर से निकल गया।
delivery-delivered = पहुँच गया
delivery-delivered-tooltip = पहुँच गया: आपके संपर्क के डिवाइस को मिल गया।
delivery-failed = नहीं भेजा गया
delivery-failed-tooltip = नहीं भेजा गया। “फिर कोशिश करें” इसे दोबारा भेजता है; “हटाएँ” इसे हटा देता है।
message-retry-button = फिर कोशिश करें
message-retry-tooltip = यह संदेश दोबारा भेजें
message-discard-button = हटाएँ
message-discard-tooltip = यह संदेश हटाएँ: यह भेजा नहीं गया था
conversation-menu-button = और
conversation-menu-tooltip = इस बातचीत के लिए और काम
scrollback-clear-button = खिड़की साफ़ करें
scrollback-clear-tooltip = इस बातचीत में दिखाए गए संदेश हटाएँ। इस कंप्यूटर पर सहेजे गए संदेश नहीं मिटते।
scrollback-cleared = खिड़की साफ़ हुई। इस कंप्यूटर पर सहेजे गए संदेश नहीं मिटाए गए।

## How a message travelled: the tooltip of every message

security-encrypted-verified = निजी: एन्क्रिप्टेड, और आपने अपने संपर्क को सत्यापित किया है
security-encrypted-unverified = निजी, पर सत्यापित नहीं: एन्क्रिप्टेड, आपका संपर्क अभी सत्यापित नहीं है
security-not-encrypted = निजी नहीं: सर्वर यह संदेश पढ़ सकता है

## Verifying a contact (the Socialist Millionaires' Protocol of OTR)

verify-dialog-title = अपने संपर्क को सत्यापित करें
verify-dialog-verify-button = सत्यापित करें
verify-dialog-explanation = ऐसा सवाल पूछें जिसका जवाब सिर्फ़ आपका संपर्क दे सके, या आमने-सामने तय किया गया कोई रहस्य जाँचने के लिए सवाल खाली छोड़ दें। जवाब किसी और को पता नहीं चलता, सर्वर को भी नहीं।
verify-question-placeholder = सवाल (वैकल्पिक)
verify-question-tooltip = आपके संपर्क के लिए सवाल
verify-secret-placeholder = अपेक्षित जवाब या साझा रहस्य
verify-secret-tooltip = अपेक्षित जवाब या साझा रहस्य
verify-fingerprints-explanation = या फ़िंगरप्रिंट की तुलना करें: किसी भरोसेमंद माध्यम से (आमने-सामने या फ़ोन पर) एक-दूसरे को पढ़कर सुनाएँ। अगर आपके संपर्क का फ़िंगरप्रिंट वही है जो वे पढ़कर सुनाते हैं, तो "मेल खाते हैं" दबाएँ।
verify-own-fingerprint = आपका फ़िंगरप्रिंट: { $fingerprint }
verify-contact-fingerprint = आपके संपर्क का फ़िंगरप्रिंट: { $fingerprint }
verify-fingerprint-matches-button = मेल खाते हैं
verify-fingerprint-compromised-button = कुंजी लीक हो चुकी है
verification-request-question = { $peer } आपसे सत्यापन करने को कह रहे हैं: { $question }
verification-request-secret = { $peer } आपसे तय किए गए रहस्य के साथ सत्यापन करने को कह रहे हैं।
verification-answer-placeholder = आपका जवाब
verification-answer-tooltip = सत्यापन के सवाल का आपका जवाब
verification-answer-button = जवाब दें
verification-succeeded = सत्यापन सफल: आपके संपर्क ने वही जवाब दिया।
verification-failed = सत्यापन विफल: जवाब अलग हैं, या सत्यापन रोक दिया गया। हो सकता है आप किसी और से बात कर रहे हों।

## The server's certificate: a warning that may mean someone is intercepting

certificate-changed-title = सर्वर का सर्टिफ़िकेट बदल गया है
certificate-untrusted-title = सर्वर का सर्टिफ़िकेट भरोसेमंद नहीं है
certificate-changed-explanation = इस सर्वर ने उस सर्टिफ़िकेट से अलग सर्टिफ़िकेट दिखाया जिसे आपने पहले स्वीकार किया था। हो सकता है कोई कनेक्शन को बीच में पकड़ रहा हो। तब तक कनेक्ट न करें जब तक सर्वर के प्रशासकों ने आपको न बताया हो कि सर्टिफ़िकेट बदला है।
certificate-details =
    { $explanation }

    फ़िंगरप्रिंट (SHA-256):
    { $fingerprint }

    किसे जारी किया गया: { $subject }
    किसने जारी किया: { $issuer }
    कब तक मान्य: { $expiry }
certificate-do-not-connect = कनेक्ट न करें
certificate-trust-button = इस सर्टिफ़िकेट पर भरोसा करें

## Errors: one sentence each, for someone who is not a computer expert

error-tor-unavailable = Tor नहीं चल रहा है, या वैसा जवाब नहीं दे रहा जैसा Tor को देना चाहिए, इसलिए Otter कनेक्ट नहीं कर सकता। Otter कभी भी Tor के बिना कनेक्ट नहीं करता। Tor शुरू करें (Tails पर: Tor से कनेक्ट करें) और फिर से कोशिश करें।
error-server-unreachable = Tor सर्वर तक नहीं पहुँच सका। हो सकता है पता गलत हो, या सर्वर बंद हो। बाद में फिर से कोशिश करें।
error-certificate-untrusted = सर्वर का सर्टिफ़िकेट भरोसेमंद नहीं है। हो सकता है कोई कनेक्शन को बीच में पकड़ रहा हो, या सर्वर ऐसे सर्टिफ़िकेट के साथ सेट है जिसे आपका कंप्यूटर नहीं पहचानता।
error-authentication-failed = सर्वर ने लॉगिन अस्वीकार कर दिया। पता और पासवर्ड जाँचें।
error-peer-misbehaved = सर्वर या संपर्क ने कुछ ऐसा भेजा जिसे Otter स्वीकार नहीं करता, इसलिए Otter ने यह कनेक्शन रोक दिया।
error-limit-exceeded = सर्वर या संपर्क ने एक बार में उससे ज़्यादा भेजा जितना Otter स्वीकार करता है, इसलिए Otter ने यह कनेक्शन रोक दिया।
error-private-session-required = यह संदेश निजी बातचीत की प्रतीक्षा कर रहा है।
error-storage-failed = Otter इस कंप्यूटर पर अपनी सेटिंग पढ़ या सहेज नहीं सका।
error-timed-out = इसमें बहुत देर लगी। हो सकता है Tor अभी शुरू हो रहा हो, या नेटवर्क धीमा हो। थोड़ी देर में फिर से कोशिश करें।
error-internal = Otter के अंदर कुछ गड़बड़ हो गई। कृपया डेवलपर्स को इसकी रिपोर्ट करें।

## Keeping a conversation on this computer (off unless the user turns it on)

history-keep-check = यह बातचीत सहेजें
history-keep-tooltip = अब से इस बातचीत के संदेश आपके Otter फ़ोल्डर में सहेजे जाएँगे। निजी (एन्क्रिप्टेड) संदेश नहीं सहेजे जाते। यह पहले से बंद रहता है: जब तक आप इसे चालू नहीं करते, कुछ भी नहीं सहेजा जाता।
history-delete-button = सहेजे गए संदेश मिटाएँ
history-delete-tooltip = इस कंप्यूटर पर सहेजे गए इस बातचीत के सभी संदेश मिटाएँ
history-deleted = सहेजे गए संदेश मिटा दिए गए।

## A profile Otter cannot open

profile-problem-title = Otter आपकी सेटिंग नहीं खोल पा रहा है
profile-damaged-explanation = { $folder } में वह फ़ाइल, जिसमें Otter आपके खाते, संपर्क और भरोसेमंद कुंजियाँ रखता है, ख़राब हो गई है।
profile-newer-explanation = { $folder } में वह फ़ाइल, जिसमें Otter आपके खाते, संपर्क और भरोसेमंद कुंजियाँ रखता है, Otter के किसी नए संस्करण ने लिखी है, जिसे यह संस्करण नहीं पढ़ सकता।
profile-set-aside-explanation = Otter इसे आपकी निजी कुंजियों और सहेजे गए इतिहास के साथ उसी फ़ोल्डर के अंदर एक नए फ़ोल्डर में ले जा सकता है और बिना किसी खाते के शुरू हो सकता है। कुछ भी मिटाया नहीं जाता।
profile-set-aside-button = इसे हटाएँ और बिना खाते के शुरू करें
profile-quit-button = बंद करें

## Unread messages and notifications

sidebar-contact-unread = { $name }, { $count ->
    [one] { $count } अपठित संदेश
   *[other] { $count } अपठित संदेश
}
notification-new-message = नया संदेश
notification-new-message-from = { $name } से नया संदेश
prefs-notify-sender = सूचनाओं में दिखाएँ कि किसने लिखा
prefs-notify-sender-explanation = बंद होने पर सूचना केवल “नया संदेश” कहती है, ताकि आपकी स्क्रीन देखने वाले किसी व्यक्ति को पता न चले कि किसने लिखा। संदेश का पाठ कभी भी सूचना में नहीं दिखाया जाता।

## Links in messages: asked before anything opens outside Otter

link-open-title = यह लिंक Otter के बाहर खोलें?
link-open-body = { $address } आपके वेब ब्राउज़र में, Otter के बाहर, खुलेगा। हो सकता है कि ब्राउज़र Tor से होकर न जुड़े, और वेबसाइट को पता चलेगा कि किसी ने लिंक खोला।
link-open-button = लिंक खोलें

## Creating an XMPP account on its server (in-band registration)

welcome-create-xmpp-tooltip = Tor के ज़रिए किसी XMPP सर्वर पर नया खाता बनाएँ
account-dialog-create-title = XMPP खाता बनाएँ
account-dialog-create-button = खाता बनाएँ
account-random-name-button = यादृच्छिक नाम
account-random-name-tooltip = एक गढ़ा हुआ नाम भरता है जो आपके बारे में कुछ नहीं बताता, एक बार इस्तेमाल वाले खाते के लिए
account-password-repeat-placeholder = पासवर्ड दोबारा
account-password-repeat-tooltip = पक्का करने के लिए पासवर्ड फिर से लिखें
account-problem-password-mismatch = दोनों पासवर्ड अलग हैं।
registration-started = { $address } को Tor के ज़रिए उसके सर्वर पर बनाया जा रहा है…
registration-succeeded = { $address } बनाया और जोड़ा गया।
registration-name-taken = यह नाम इस सर्वर पर पहले से लिया जा चुका है: कोई दूसरा चुनें।
registration-not-acceptable = सर्वर यह नाम या यह पासवर्ड स्वीकार नहीं करता।
registration-closed = यह सर्वर यहाँ से खाता बनाने नहीं देता। खाता सर्वर की वेबसाइट पर (Tor Browser में) बनाएँ, फिर उसे जोड़ें।
registration-too-many = इस Tor निकास से हाल ही में बहुत सारे खाते बनाए गए हैं। बाद में फिर कोशिश करें।
registration-cannot-show-form = सर्वर कुछ ऐसा माँगता है जो Otter नहीं दिखा सकता (जैसे पढ़ने के लिए कोई तस्वीर)। खाता सर्वर की वेबसाइट पर (Tor Browser में) बनाएँ, फिर उसे जोड़ें।
registration-not-saved = खाता बन गया, लेकिन Otter उसे सहेज नहीं सका: उसे “मौजूदा XMPP खाता जोड़ें” से जोड़ें।
registration-failed = { $address } नहीं बनाया जा सका: { $reason }

## Presence and requests

sidebar-status-label = आपकी स्थिति
presence-available = उपलब्ध
presence-away = दूर
presence-busy = व्यस्त
presence-offline = ऑफ़लाइन
contact-request = { $peer } आपको संपर्क के रूप में जोड़ना और यह देखना चाहते हैं कि आप कब ऑनलाइन हैं।
contact-request-accept = स्वीकार करें
contact-request-refuse = अस्वीकार करें
room-invitation = { $from } आपको { $room } रूम में आमंत्रित कर रहे हैं।
room-invitation-unknown = आपको { $room } रूम में आमंत्रित किया गया है।
room-invitation-join = शामिल हों
room-invitation-ignore = अनदेखा करें

## The password prompt

password-prompt-title = { $address } का पासवर्ड
password-prompt-body = { $address } का पासवर्ड लिखें। Otter इसे केवल बंद होने तक याद रखता है; इसे सहेजा नहीं जाता।

## Verification under way

verification-in-progress = आपके संपर्क का सत्यापन हो रहा है…
verification-stop-button = सत्यापन रोकें

## How far a sent message got

message-state-server = { $security } सर्वर को मिल गया।
message-state-delivered = { $security } आपके संपर्क के उपकरण तक पहुँच गया।
message-own-elsewhere = मैं, दूसरे उपकरण से: { $text }

## लिखने के बॉक्स के कमांड ("/" से शुरू होने वाली पंक्ति)

command-unknown = { $command } ऐसा कमांड नहीं है जिसे Otter जानता हो। कुछ नहीं भेजा गया। "/" से शुरू होने वाली पंक्ति भेजने के लिए उसे "//" से शुरू करें।
command-unsupported = { $command } यहाँ अभी उपलब्ध नहीं है। कुछ नहीं भेजा गया।
command-incomplete = { $command } को और शब्द चाहिए, उदाहरण के लिए: { $example }। कुछ नहीं भेजा गया।
command-room-only = { $command } केवल किसी रूम में काम करता है। कुछ नहीं भेजा गया।

## टाइपिंग सूचनाएँ

typing-notice = { $peer } लिख रहे हैं…
prefs-share-typing = टाइपिंग सूचनाएँ साझा करें
prefs-send-receipts = डिलीवरी रसीदें भेजें
prefs-activity-explanation = टाइपिंग सूचनाएँ आपके संपर्कों को बताती हैं कि आप कब उन्हें लिख रहे हैं; डिलीवरी रसीदें बताती हैं कि उनके संदेश कब इस कंप्यूटर तक पहुँचे। दोनों से पता चलता है कि आप कब कीबोर्ड पर हैं। जब तक आप चालू न करें, बंद रहती हैं। रूम को ये कभी नहीं मिलतीं।

## त्वरित स्विचर (Ctrl+K)

switcher-title = किसी बातचीत पर जाएँ
switcher-search-placeholder = नाम या पता
switcher-search-tooltip = किसी संपर्क, रूम या चैनल के नाम या पते का कुछ भाग लिखें, फिर Enter दबाएँ
switcher-row = { $name } ({ $address })
switcher-nothing = कुछ नहीं मिला।

## खाता संपादित करना

account-edit-button = संपादित करें
account-edit-tooltip = { $address } का सर्वर, पोर्ट, एन्क्रिप्शन या सहेजा गया पासवर्ड बदलें
account-edit-title = { $address } संपादित करें
account-edit-save = बदलाव सहेजें
account-direct-tls = शुरू से TLS इस्तेमाल करें (डायरेक्ट TLS)
account-direct-tls-tooltip = केवल तब जब आपका प्रदाता XMPP किसी TLS पोर्ट पर देता हो, आमतौर पर 5223। वरना Otter सामान्य पोर्ट पर TLS शुरू करता है (STARTTLS)। दोनों ही स्थितियों में कनेक्शन एन्क्रिप्टेड रहता है।
account-edit-password-remembered = Otter इस खाते का पासवर्ड सहेजता है।
account-edit-password-not-remembered = Otter इस खाते का पासवर्ड नहीं सहेजता; हर बार शुरू होने पर पूछता है।
account-edit-password-keep = जैसा है वैसा रहने दें
account-edit-password-forget = पासवर्ड भूल जाएँ
account-edit-password-remember = पासवर्ड सहेजें
account-edit-password-tooltip = इस खाते के लिए सहेजा जाने वाला पासवर्ड

## Copy buttons and an IRC account's client certificate

copy-button = कॉपी करें
copy-done = कॉपी हो गया
verify-copy-own-tooltip = अपना फ़िंगरप्रिंट कॉपी करें
verify-copy-contact-tooltip = अपने संपर्क का फ़िंगरप्रिंट कॉपी करें
client-certificate-button = क्लाइंट सर्टिफ़िकेट…
client-certificate-button-tooltip = इस नेटवर्क में पासवर्ड के बजाय सर्टिफ़िकेट से लॉग इन करें
client-certificate-title = { $address } का क्लाइंट सर्टिफ़िकेट
client-certificate-explanation = Otter ने इस खाते के लिए एक सर्टिफ़िकेट बनाया है और उसे आपकी सेटिंग्स के साथ रखता है। अपने पासवर्ड से लॉग इन रहते हुए इसे एक बार नेटवर्क की सेवाओं में दर्ज करें: उन्हें नीचे दिया गया कमांड भेजें (इसे इस नेटवर्क की किसी भी बातचीत में पेस्ट करें)।
client-certificate-fingerprint = फ़िंगरप्रिंट (SHA-256): { $fingerprint }
client-certificate-command = कमांड: { $command }
client-certificate-copy-fingerprint = सर्टिफ़िकेट का फ़िंगरप्रिंट कॉपी करें
client-certificate-copy-command = कमांड कॉपी करें
client-certificate-after = अगले कनेक्शन से Otter सर्टिफ़िकेट से लॉग इन करता है (SASL EXTERNAL) और उसे आपका पासवर्ड भेजने की ज़रूरत नहीं होती। जिसके पास Otter के सेटिंग्स फ़ोल्डर की कॉपी है, वह आपके नाम से लॉग इन कर सकता है: इसे अपने पासवर्ड की तरह सुरक्षित रखें।

## संपर्क समूह

contacts-group-none = अन्य संपर्क
contact-group-menu = समूह में ले जाएँ…
contact-group-menu-tooltip = इस संपर्क को अपनी संपर्क सूची के किसी समूह में रखें
contact-group-title = किसी समूह में ले जाएँ
contact-group-explanation = { $name } के लिए समूह चुनें: उसका नाम लिखें, या नीचे अपने समूहों में से एक चुनें। किसी समूह में न रखने के लिए खाली छोड़ें। आपके दूसरे XMPP ऐप भी यही समूह दिखाते हैं।
contact-group-label = समूह
contact-group-placeholder = कोई समूह नहीं
contact-group-tooltip = समूह का नाम, नया या मौजूदा
contact-group-known = आपके समूह
contact-group-move = ले जाएँ
contact-group-not-listed = केवल किसी XMPP खाते की संपर्क सूची के संपर्कों को ही समूह में रखा जा सकता है।

## The proxy (preferences)

prefs-proxy-expander = प्रॉक्सी (उन्नत)
prefs-proxy-explanation = Otter केवल Tor के SOCKS पोर्ट से जुड़ता है। जब तक आप इसे यहाँ नहीं बदलते, यह 127.0.0.1:9050 है, जहाँ Tails का Tor सुनता है; Tor Browser का अपना Tor 127.0.0.1:9150 पर सुनता है। एक IP पता और पोर्ट दें: Otter कभी Tor के बाहर कोई नाम नहीं खोजता।
prefs-proxy-in-use = Otter { $address } से होकर जुड़ता है।
prefs-proxy-fixed = इस बार Otter { $address } से होकर जुड़ता है, जो इसे शुरू करते समय दिया गया था। यहाँ सहेजा गया प्रॉक्सी अगली बार उसके बिना शुरू करने पर लागू होगा।
prefs-proxy-placeholder = 127.0.0.1:9050
prefs-proxy-tooltip = SOCKS5 प्रॉक्सी (Tor) का IP पता और पोर्ट
prefs-proxy-use-button = यह प्रॉक्सी इस्तेमाल करें
prefs-proxy-default-button = वापस 127.0.0.1:9050 पर
prefs-proxy-invalid = एक IP पता और पोर्ट दें, जैसे 127.0.0.1:9150।
prefs-proxy-reconnect = अभी जुड़े हुए खाते दोबारा जुड़ने तक अपना कनेक्शन बनाए रखते हैं।

## Room settings (the room's configuration form) and destroying a room

room-create-heading = अगर इससे नया रूम बनता है:
room-create-defaults = डिफ़ॉल्ट कॉन्फ़िगरेशन स्वीकार करें
room-create-defaults-tooltip = नया रूम सर्वर की सामान्य सेटिंग के साथ तुरंत खुल जाता है
room-create-configure = रूम कॉन्फ़िगर करें…
room-create-configure-tooltip = Otter पहले नए रूम की सेटिंग दिखाता है; जब तक आप उन्हें सहेजते नहीं, कोई और अंदर नहीं आ सकता
room-settings-button = रूम की सेटिंग…
room-settings-button-tooltip = इस रूम की सेटिंग देखें और बदलें (यह रूम आपका है)
room-form-title = { $room } की सेटिंग
room-form-save = सेटिंग सहेजें
room-form-new-room = यह रूम नया है: जब तक आप इसकी सेटिंग सहेजते नहीं, कोई और अंदर नहीं आ सकता। रद्द करने से रूम हट जाता है।
room-form-required = (ज़रूरी)
room-form-not-set = तय नहीं
room-form-left-out = यहाँ न दिखाई गई सेटिंग: { $count }। उनके मान वही रहते हैं।
room-form-problem-required = भरें: { $name }
room-form-problem-address = यह पता नहीं है (name@server, हर पंक्ति में एक): { $name }
room-form-saved = रूम ने अपनी नई सेटिंग ले ली।
room-destroy-tool-button = रूम मिटाएँ…
room-destroy-tool-tooltip = इस रूम से सबको निकालें और इसे हटा दें (यह रूम आपका है)
room-destroy-dialog-title = { $room } मिटाएँ?
room-destroy-explanation = रूम में मौजूद सभी लोग निकाल दिए जाते हैं और रूम खत्म हो जाता है: इसका नाम फिर से कोई भी ले सकता है। इसे वापस नहीं किया जा सकता।
room-destroy-reason-tooltip = कारण: रूम के सभी लोग निकाले जाते समय इसे देखते हैं
room-destroy-button = रूम मिटाएँ
room-left-destroyed-moved = रूम बंद कर दिया गया। इसके लोगों से इसकी जगह { $room } में जाने को कहा गया।

## IRC in the window: networks without a password, channels by name, invitations
account-irc-no-password = बिना पासवर्ड: { -app-name } लॉग इन किए बिना सिर्फ़ निक से जुड़ता है
account-irc-no-password-tooltip = ऐसे नेटवर्क के लिए जिसमें खाते नहीं होते, या ऐसे निक के लिए जिसे आपने कभी रजिस्टर नहीं किया। जो निक पहले लॉग इन कर चुका है, वह अपने पासवर्ड के बिना कभी इस्तेमाल नहीं होता।
room-join-connect-first = पहले कोई XMPP खाता या IRC नेटवर्क कनेक्ट करें: रूम और चैनल उसी के ज़रिए जॉइन होते हैं।
room-channel-placeholder = चैनल, जैसे #otter
room-channel-tooltip = इस नेटवर्क पर चैनल का नाम, जो # से शुरू होता है
room-key-placeholder = चैनल की कुंजी (केवल अगर हो)
room-key-tooltip = चैनल की कुंजी, अगर उसकी कोई कुंजी है
room-problem-channel = चैनल का नाम # (या &) से शुरू होता है और उसमें स्पेस या कॉमा नहीं होते, जैसे #otter।
room-invite-nick = उनका निक
room-invite-nick-tooltip = जिसे आमंत्रित करना है, उसका निक
room-invite-problem-nick = उनका निक लिखें: बिना स्पेस के, और अंक या # से शुरू न हो।
error-irc-login-needed = यह निक पहले लॉग इन कर चुका है, इसलिए { -app-name } इसे केवल इसके पासवर्ड से जोड़ता है।

## The join dialog: the account's room service

room-service-line = इस सर्वर पर रूम: { $service }
room-service-copy-tooltip = इस सर्वर की रूम सेवा का पता कॉपी करें

## IRC: वैकल्पिक लॉगिन के रूप में NickServ
account-irc-nickserv-fallback = नेटवर्क में SASL न हो तो NickServ से पहचान कराएँ
account-irc-nickserv-fallback-help = केवल SASL के बिना वाले नेटवर्क के लिए। SASL अधिक सुरक्षित है: यह आपका निक दिखने से पहले ही लॉगिन कर देता है, और पासवर्ड केवल सर्वर को जाता है। NickServ के साथ, पहचान होने से पहले ही आपका निक दिखता है, और पासवर्ड उसे जाता है जो भी NickServ बनकर जवाब दे। जब नेटवर्क SASL देता है, तब इसका कभी उपयोग नहीं होता।

## IRC: बिना TLS के ओनियन सेवा, केवल अनुमति देने पर
account-irc-onion-plaintext = बिना TLS के कनेक्ट करें (केवल ओनियन सेवाएँ)
account-irc-onion-plaintext-warning = यह ओनियन सेवा TLS का उपयोग नहीं करती: Tor इससे कनेक्शन को एन्क्रिप्ट करता है, लेकिन सर्वर की पहचान केवल उसका .onion पता है। केवल उस नेटवर्क के लिए जिसकी ओनियन सेवा बिना TLS के चलती है; तब आपका पासवर्ड इसी कनेक्शन से जाता है।
account-problem-plaintext-not-onion = बिना TLS का कनेक्शन केवल ओनियन सेवा के लिए है: सर्वर का नाम .onion पर खत्म होना चाहिए।

## Temporary XMPP accounts (SASL ANONYMOUS)

account-temporary = अस्थायी खाता (कोई पासवर्ड नहीं; हर कनेक्शन पर एक नया रैंडम पता)
account-temporary-help = उन सर्वरों के लिए जो इसकी अनुमति देते हैं: हर बार कनेक्ट करने पर सर्वर आपको एक नया पता देता है और डिस्कनेक्ट करने पर उसे उसके संपर्कों समेत भूल जाता है।
account-temporary-server-placeholder = सर्वर, जैसे example.org
account-temporary-server-tooltip = ऐसे सर्वर का नाम जो अस्थायी खातों की अनुमति देता है
account-problem-temporary-server = केवल सर्वर का नाम लिखें, जैसे example.org।
account-status-online-as = { $address } के रूप में ऑनलाइन
error-temporary-not-allowed = यह सर्वर अस्थायी खातों की अनुमति नहीं देता।

## IRCv3: नेटस्प्लिट और नेटजॉइन, सर्वर का मना करना, चैनल में दिखे न्योते

room-netsplit = { $count ->
    [one] { $count } व्यक्ति चले गए: { $first } और { $second } के बीच नेटस्प्लिट
   *[other] { $count } लोग चले गए: { $first } और { $second } के बीच नेटस्प्लिट
}
room-netjoin = { $count ->
    [one] { $count } व्यक्ति लौट आए
   *[other] { $count } लोग लौट आए
}
server-refused = सर्वर ने { $command } मना कर दिया: { $description }
room-invited-other = { $by } ने { $nick } को न्योता दिया

## IRC commands in the composer: /whois and /mode

whois-user = { $nick } है { $mask }
whois-not-found = इस नेटवर्क पर अभी कोई { $nick } निक इस्तेमाल नहीं कर रहा।
whois-realname = असली नाम: { $name }
whois-account = { $account } के रूप में लॉग इन
whois-channels = चैनल: { $channels }
whois-channels-truncated = चैनल (पहले { $count }): { $channels }
whois-server = सर्वर: { $server }
whois-idle = { $seconds } सेकंड से निष्क्रिय
whois-away = दूर: { $message }
whois-secure = अपने सर्वर से TLS के साथ जुड़े हैं
room-modes = चैनल मोड: { $modes }
room-bans-none = { $room } से कोई प्रतिबंधित नहीं है।
room-bans-count = { $room } में प्रतिबंध: { $count }
room-bans-entry = { $mask }, { $by } ने लगाया
room-bans-truncated = सूची और लंबी है; केवल पहले { $count } दिखाए गए हैं।
room-refused-modes = चैनल ने आपको उसके मोड बदलने नहीं दिए: यह केवल उसके ऑपरेटर कर सकते हैं।

## IRC command /raw: one line as typed, after a confirmation

command-raw-control = /raw की पंक्ति में लाइन ब्रेक या NUL नहीं हो सकता: वह दो कमांड बन जाती। कुछ नहीं भेजा गया।
command-raw-too-long = /raw की पंक्ति अधिकतम 510 बाइट की हो सकती है। कुछ नहीं भेजा गया।
command-raw-private = /raw किसी व्यक्ति को संदेश या नोटिस नहीं भेजता: वे निजी बातचीत (OTR) को दरकिनार कर देते। इसके बजाय उनकी बातचीत में लिखें। कुछ नहीं भेजा गया।
command-raw-prefixed = /raw की पंक्ति कमांड से शुरू होती है, @ या : से नहीं। कुछ नहीं भेजा गया।
raw-confirm-title = पंक्तियाँ बिना जाँचे भेजें?
raw-confirm-body = /raw आपकी लिखी बात IRC नेटवर्क को ठीक वैसी ही भेजता है। { -app-name } नहीं जाँचता कि इससे क्या होता है: गलत कमांड आपका खाता या चैनल बदल सकती है, या नेटवर्क को आपके इरादे से ज़्यादा बता सकती है। लोगों को संदेश अब भी केवल उनकी बातचीत से ही जाते हैं। जब तक आप बंद नहीं करते, /raw पंक्तियाँ दोबारा पूछे बिना भेजी जाती हैं।
raw-confirm-button = बिना जाँचे भेजें

## IRC: someone changes a channel's modes

room-mode-op-given = { $by } ने { $nick } को चैनल ऑपरेटर बनाया।
room-mode-op-taken = { $by } ने { $nick } को चैनल ऑपरेटर से हटाया।
room-mode-voice-given = { $by } ने { $nick } को बोलने दिया (voice)।
room-mode-voice-taken = { $by } ने { $nick } को बोलने से रोका (voice हटाया)।
room-mode-ban = { $by } ने { $mask } पर प्रतिबंध लगाया।
room-mode-unban = { $by } ने { $mask } से प्रतिबंध हटाया।
room-mode-set = { $by } ने मोड लगाया: { $modes }
room-mode-set-more = { $by } ने मोड लगाया: { $modes } और { $count } अन्य
room-mode-by-server = सर्वर

## IRC command /who

who-count = { $target }: { $count } लोग
who-none = इस नेटवर्क पर अभी { $target } से कोई मेल नहीं खाता।
who-person = { $nick } ({ $mask }) { $name }
who-person-away = { $nick } ({ $mask }, दूर) { $name }
who-truncated = सूची लंबी है; केवल पहले { $count } दिखाए गए हैं।
