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

## Writing a message, under the conversation

compose-placeholder = संदेश
compose-tooltip = संदेश लिखें
compose-send-button = भेजें

## Messages in a conversation

message-received = { $peer }: { $text }
message-own = मैं: { $text }
message-own-waiting = मैं: { $text } (निजी बातचीत की प्रतीक्षा में)
message-own-held-ended = मैं: { $text } (नहीं भेजा गया: आपके संपर्क ने निजी बातचीत समाप्त कर दी)
message-own-held-compromised = मैं: { $text } (नहीं भेजा गया: आपके संपर्क की कुंजी लीक हुई के रूप में चिह्नित है)
message-own-held-offline = मैं: { $text } (नहीं भेजा गया: खाता ऑफ़लाइन है)
message-own-failed = मैं: { $text } (नहीं भेजा गया)
message-own-discarded = मैं: { $text } (हटा दिया गया, नहीं भेजा गया)

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

## Not translated yet: these fall back to English until translated.
# fallback: welcome-title welcome-intro welcome-add-xmpp-button welcome-add-xmpp-tooltip
# fallback: welcome-create-xmpp-button welcome-create-xmpp-unavailable welcome-add-irc-button
# fallback: welcome-add-irc-tooltip account-dialog-xmpp-title account-dialog-irc-title
# fallback: account-dialog-add-button account-address-placeholder account-address-tooltip
# fallback: account-nick-placeholder account-nick-tooltip account-network-tooltip
# fallback: account-network-custom account-network-custom-placeholder
# fallback: account-network-custom-tooltip account-password-placeholder account-password-tooltip
# fallback: account-remember-password account-remember-password-tooltip account-advanced
# fallback: account-host-placeholder account-host-tooltip account-port-placeholder
# fallback: account-port-tooltip account-advanced-help account-problem-address-empty
# fallback: account-problem-address-form account-problem-address-spaces account-problem-nick-empty
# fallback: account-problem-nick-form account-problem-network-empty account-problem-password-empty
# fallback: account-problem-host-form account-problem-port-form account-problem-irc-password
# fallback: sidebar-rooms-heading rooms-join-button rooms-join-tooltip room-open-tooltip
# fallback: room-join-dialog-title room-join-dialog-button room-join-explanation
# fallback: room-join-no-account room-account-tooltip room-address-placeholder
# fallback: room-address-tooltip room-nick-placeholder room-nick-tooltip room-password-placeholder
# fallback: room-password-tooltip room-bookmark-check room-autojoin-check room-problem-address
# fallback: room-problem-nick room-not-private-banner room-warning-address-visible
# fallback: room-warning-logged room-warning-created room-warning-nick-changed room-joined-as
# fallback: room-joining room-topic room-topic-none room-topic-set room-occupants-count
# fallback: room-occupants-tooltip room-occupant-moderator room-occupant-participant
# fallback: room-occupant-visitor room-message room-message-history room-message-from-room
# fallback: room-message-failed room-occupant-joined room-occupant-left room-occupant-renamed
# fallback: room-leave-button room-leave-tooltip room-compose-tooltip room-left-left
# fallback: room-left-kicked room-left-banned room-left-removed room-left-shutdown
# fallback: room-left-destroyed room-left-too-many room-left-disconnected room-error-nick-in-use
# fallback: room-error-password room-error-banned room-error-not-found room-error-members-only
# fallback: room-error-full room-error-creation-refused room-error-nick-refused
# fallback: room-error-message-refused room-error-other room-problem prefs-title prefs-button
# fallback: prefs-button-tooltip prefs-require-private prefs-require-private-explanation
# fallback: prefs-require-private-unknown prefs-delete-all-button prefs-delete-all-tooltip
# fallback: prefs-delete-all-confirm-title prefs-delete-all-confirm-body
# fallback: prefs-delete-all-confirm-button dialog-close
