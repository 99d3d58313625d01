# واجهة Otter باللغة العربية.
# المصدر: po/en-US/otter.ftl (فيه ملاحظات للمترجمين).
# المصطلحات: po/GLOSSARY.md. تبقى Tor وOTR وPidgin وXMPP وIRC وSOCKS بالحروف اللاتينية كما في Tails.

## Terms

-app-name = Otter

## The window

window-title = { -app-name }
window-title-conversation = { -app-name } — { $peer }

## Tor status line, at the top of the window

tor-status-checking = جارٍ التحقق من أن Tor يعمل…
tor-status-ready = متصل بـTor. كل اتصال يمر عبر Tor، ولكل حساب دائرته الخاصة.
tor-status-not-isolating = متصل بوسيط SOCKS لا يفصل بين الحسابات: قد لا يكون Tor.

## Sidebar: accounts and contacts

sidebar-accounts-heading = الحسابات
sidebar-contacts-heading = جهات الاتصال
sidebar-open-address-placeholder = دردشة مع… (عنوان XMPP أو لقب IRC)
sidebar-open-address-tooltip = عنوان جهة الاتصال التي تريد الدردشة معها
sidebar-contact-with-name = { $name } ({ $address })

## One row per account in the sidebar

account-connect-button = اتصال
account-disconnect-button = قطع الاتصال
account-connect-tooltip = الاتصال بـ{ $address } عبر Tor
account-status-offline = غير متصل
account-status-connecting = جارٍ الاتصال عبر Tor…
account-status-online = متصل
account-status-failed = غير متصل: { $reason }

## Importing from Pidgin

pidgin-import-button = الاستيراد من Pidgin
pidgin-import-button-tooltip = انقل حساباتك وجهات اتصالك ودردشاتك الجماعية ومفاتيح OTR من Pidgin، من { $directory }
pidgin-import-dialog-title = الاستيراد من Pidgin
pidgin-import-dialog-body = سينقل Otter حساباتك وجهات اتصالك ودردشاتك الجماعية ومفاتيح OTR وجهات الاتصال التي تحققت منها. ربما حفظ Pidgin كلمات السر أيضًا: لا تنقلها إلا إذا كان تخزين هذا الحاسوب مشفرًا (في Tails: التخزين الدائم). لا يُنسخ سجل محادثات Pidgin: لا يحتفظ Otter بأي سجل إلا إذا طلبت ذلك.
pidgin-import-without-passwords = الاستيراد دون كلمات السر
pidgin-import-with-passwords = الاستيراد مع كلمات السر
pidgin-imported =
    استُورد من Pidgin: { $accounts ->
        [zero] لا حسابات
        [one] حساب واحد
        [two] حسابان
        [few] { $accounts } حسابات
        [many] { $accounts } حسابًا
       *[other] { $accounts } حساب
    } (موجود مسبقًا في Otter: { $skipped })، { $contacts ->
        [zero] لا جهات اتصال
        [one] جهة اتصال واحدة
        [two] جهتا اتصال
        [few] { $contacts } جهات اتصال
        [many] { $contacts } جهة اتصال
       *[other] { $contacts } جهة اتصال
    }، { $rooms ->
        [zero] لا دردشات جماعية
        [one] دردشة جماعية واحدة
        [two] دردشتان جماعيتان
        [few] { $rooms } دردشات جماعية
        [many] { $rooms } دردشة جماعية
       *[other] { $rooms } دردشة جماعية
    }.

## First run: the welcome, shown while there is no account

welcome-title = مرحبًا بك في { -app-name }
welcome-intro = لا يتصل { -app-name } إلا عبر Tor. أضف حسابًا لتبدأ الدردشة.
welcome-add-xmpp-button = أضف حساب XMPP موجودًا
welcome-add-xmpp-tooltip = لديك عنوان XMPP (Jabber) وكلمة السر الخاصة به
welcome-create-xmpp-button = أنشئ حساب XMPP جديدًا
welcome-add-irc-button = أضف شبكة IRC
welcome-add-irc-tooltip = دردش على OFTC أو Libera.Chat أو شبكة IRC أخرى بلقبك المسجَّل

## Adding an account

account-dialog-xmpp-title = أضف حساب XMPP
account-dialog-irc-title = أضف شبكة IRC
account-dialog-add-button = أضف الحساب
account-address-placeholder = العنوان، مثل name@example.org
account-address-tooltip = عنوان XMPP الخاص بك
account-nick-placeholder = لقبك المسجَّل
account-nick-tooltip = اللقب الذي سجّلته على هذه الشبكة
account-network-tooltip = شبكة IRC
account-network-custom = شبكة أخرى…
account-network-custom-placeholder = الخادم، مثل irc.example.org
account-network-custom-tooltip = اسم خادم شبكة IRC
account-password-placeholder = كلمة السر
account-password-tooltip = كلمة سر الحساب
account-remember-password = تذكّر كلمة السر
account-remember-password-tooltip = احفظ كلمة السر في مجلد Otter كي لا تكتبها مجددًا. في Tails، لا تفعل ذلك إلا والتخزين الدائم مفعّل. إن لم تفعّله: تكتبها في كل مرة تتصل فيها.
account-advanced = متقدم
account-host-placeholder = الاتصال بخادم (اختياري)
account-host-tooltip = اتصل بهذا الخادم بدلًا من الخادم الذي في العنوان
account-port-placeholder = المنفذ (اختياري)
account-port-tooltip = رقم المنفذ على ذلك الخادم
account-advanced-help = لا حاجة إليه إلا إذا طلبه منك مزوّد الخدمة. يُبحث عن الاسم عبر Tor؛ ولا يستطيع Tor البحث عن سجلات DNS SRV، فإن كان مزوّدك يستخدم واحدًا منها، فاكتب خادمه ومنفذه هنا.

## Why an account cannot be added yet: shown under the fields as the user types

account-problem-address-empty = اكتب عنوانك.
account-problem-address-form = يبدو عنوان XMPP هكذا: name@example.org، أي اسم ثم «@» ثم الخادم.
account-problem-address-spaces = لا يحتوي العنوان على مسافات.
account-problem-nick-empty = اكتب لقبك.
account-problem-nick-form = لا يحتوي اللقب على مسافات ولا على «@»، ولا يبدأ برقم ولا بـ«-».
account-problem-network-empty = اكتب خادم الشبكة، مثل irc.example.org.
account-problem-password-empty = اكتب كلمة السر.
account-problem-host-form = الخادم اسم مثل xmpp.example.org، دون مسافات ولا «/» ولا «:».
account-problem-port-form = المنفذ رقم من 1 إلى 65535.
account-problem-irc-password = اكتب كلمة سر لقبك المسجَّل: يسجّل { -app-name } الدخول بها.

## Rooms (group chats): never private

sidebar-rooms-heading = الغرف
rooms-join-button = انضم إلى غرفة…
rooms-join-tooltip = انضم إلى دردشة جماعية بأحد حسابات XMPP الخاصة بك
room-open-tooltip = افتح هذه الغرفة (وانضم إليها إن لم تكن فيها)
room-join-dialog-title = انضم إلى غرفة
room-join-dialog-button = انضم إلى الغرفة
room-join-explanation = لا شيء مما يُقال في الغرفة خاص: كل من فيها، والخادم أيضًا، يقرأ كل رسالة.
room-account-tooltip = الحساب الذي تنضم به
room-address-placeholder = عنوان الغرفة، مثل { $example }
room-address-tooltip = عنوان الغرفة
room-nick-placeholder = لقبك في الغرفة
room-nick-tooltip = الاسم الذي يراه الآخرون في الغرفة
room-password-placeholder = كلمة سر الغرفة (فقط إن كانت لها كلمة سر)
room-password-tooltip = كلمة سر الغرفة، إن كانت لها واحدة
room-bookmark-check = احفظها في غرفي
room-autojoin-check = انضم تلقائيًا عند اتصالي
room-problem-address = يبدو عنوان الغرفة هكذا: name@conference.example.org، أي اسم ثم «@» ثم الخادم.
room-problem-nick = اكتب اللقب الذي تريد استخدامه في الغرفة.
room-not-private-banner = ليست خاصة: كل من في هذه الغرفة، والخادم أيضًا، يستطيع قراءة كل رسالة. المحادثات الخاصة (OTR) غير ممكنة في الغرف.
room-warning-address-visible = يستطيع كل من في هذه الغرفة رؤية عنوانك الحقيقي.
room-warning-logged = هذه الغرفة مسجَّلة علنًا: قد يُنشر ما تقوله.
room-warning-created = أنت أنشأت هذه الغرفة.
room-warning-nick-changed = أعطتك الغرفة لقبًا آخر: { $nick }
room-joined-as = أنت في هذه الغرفة باسم { $nick }.
room-joining = جارٍ الانضمام…
room-topic = الموضوع: { $topic }
room-topic-none = لا موضوع
room-topic-set = غيّر { $nick } الموضوع إلى: { $topic }
room-occupants-count = { $count ->
    [zero] لا أحد هنا
    [one] شخص واحد هنا
    [two] شخصان هنا
    [few] { $count } أشخاص هنا
    [many] { $count } شخصًا هنا
   *[other] { $count } شخص هنا
}
room-occupants-tooltip = الأشخاص في هذه الغرفة
room-occupant-moderator = { $nick } (مشرف)
room-occupant-participant = { $nick }
room-occupant-visitor = { $nick } (قراءة فقط)
room-message = { $nick }: { $text }
room-message-history = { $nick } (سابقًا): { $text }
room-message-from-room = تقول الغرفة: { $text }
room-occupant-joined = انضم { $nick }
room-occupant-left = غادر { $nick }
room-occupant-renamed = أصبح { $from } الآن { $to }
room-leave-button = غادر الغرفة
room-leave-tooltip = غادر هذه الغرفة؛ يمكنك الانضمام إليها مجددًا لاحقًا
room-compose-tooltip = اكتب رسالة إلى كل من في الغرفة
room-left-left = غادرت الغرفة.
room-left-kicked = أخرجك أحد المشرفين من الغرفة.
room-left-banned = أنت محظور من هذه الغرفة.
room-left-removed = لم يعد مسموحًا لك بدخول هذه الغرفة.
room-left-shutdown = توقف خادم الغرفة.
room-left-destroyed = أُغلقت الغرفة.
room-left-too-many = في هذه الغرفة أشخاص أكثر مما يستطيع { -app-name } متابعته، لذا غادرها { -app-name }.
room-left-disconnected = أنت خارج الغرفة: أصبح الحساب غير متصل.
room-error-nick-in-use = يستخدم أحد من في هذه الغرفة هذا اللقب. اختر لقبًا آخر.
room-error-password = تحتاج هذه الغرفة إلى كلمة سر، أو أن كلمة السر خاطئة.
room-error-banned = أنت محظور من هذه الغرفة.
room-error-not-found = لا توجد غرفة بهذا العنوان.
room-error-members-only = لا يستطيع الانضمام إلى هذه الغرفة إلا أعضاؤها.
room-error-full = هذه الغرفة ممتلئة.
room-error-creation-refused = لا يسمح لك الخادم بإنشاء هذه الغرفة.
room-error-nick-refused = لا تقبل الغرفة هذا اللقب. اختر لقبًا آخر.
room-error-message-refused = لم تقبل الغرفة رسالتك: ربما لا يُسمح لك بالكلام فيها.
room-error-other = رفضت الغرفة: { $condition }
room-problem = { $room }: { $error }
room-topic-button = تغيير الموضوع…
room-topic-button-tooltip = أعطِ هذه الغرفة موضوعًا آخر يراه كل من فيها
room-topic-dialog-title = موضوع { $room }
room-topic-entry = الموضوع الجديد (فارغ: بلا موضوع)
room-topic-entry-tooltip = الموضوع الذي يراه كل من في الغرفة
room-topic-dialog-button = تعيين الموضوع
room-nick-button = تغيير اللقب…
room-nick-button-tooltip = الظهور بلقب آخر في هذه الغرفة
room-nick-dialog-title = لقبك في { $room }
room-nick-irc-explanation = في IRC يخص لقبك الشبكة كلها: يتغير في كل قنوات هذا الحساب.
room-nick-dialog-button = استخدام هذا اللقب
room-invite-button = دعوة…
room-invite-button-tooltip = ادعُ شخصًا إلى هذه الغرفة
room-invite-dialog-title = دعوة شخص إلى { $room }
room-invite-address = عنوانه، مثل name@example.org
room-invite-address-tooltip = عنوان الشخص الذي تدعوه
room-reason-entry = السبب (اختياري)
room-invite-reason-tooltip = كلمات قليلة تُرسل مع الدعوة
room-invite-dialog-button = إرسال الدعوة
room-invite-problem-address = يبدو العنوان هكذا: name@example.org، أي اسم ثم «@» ثم الخادم.
room-invite-sent = أُرسلت الدعوة إلى { $address }.
room-occupant-actions = إجراءات لـ { $nick }
room-action-kick = إخراج من الغرفة
room-action-ban = حظر من الغرفة
room-action-grant-voice = السماح بالكلام
room-action-revoke-voice = منع من الكلام
room-action-grant-moderator = جعله مشرفًا
room-action-revoke-moderator = إزالة الإشراف
room-kick-dialog-title = إخراج { $nick } من الغرفة؟
room-kick-explanation = يمكنه العودة. سيرى كل من في الغرفة أنك أخرجته، وسببك.
room-kick-button = إخراج
room-ban-dialog-title = حظر { $nick } من الغرفة؟
room-ban-explanation = لن يستطيع العودة حتى يرفع أحد المديرين الحظر. سيرى كل من في الغرفة أنك حظرته، وسببك.
room-ban-button = حظر
room-moderation-reason-tooltip = السبب: يراه كل من في الغرفة
room-occupant-now-moderator = أصبح { $nick } مشرفًا.
room-occupant-now-participant = يمكن لـ { $nick } الكلام.
room-occupant-now-visitor = صار { $nick } يستطيع القراءة فقط.
room-occupant-kicked = أُخرج { $nick } من الغرفة.
room-occupant-banned = حُظر { $nick } من الغرفة.
room-refused-configure = لم تقبل الغرفة إعداداتها الافتراضية، لذا تبقى مغلقة أمام الآخرين.
room-refused-kick = لم تسمح لك الغرفة بإخراج هذا الشخص.
room-refused-ban = لم تسمح لك الغرفة بحظر هذا الشخص.
room-refused-voice = لم تسمح لك الغرفة بتغيير من يحق له الكلام.
room-refused-moderator = لم تسمح لك الغرفة بتغيير من يشرف عليها.
room-refused-invite = لم تمرر الغرفة دعوتك.
room-refused-destroy = لم تسمح لك الغرفة بإغلاقها.
room-refused-subject = لم تسمح لك الغرفة بتغيير الموضوع.
room-refused-configuration = لم تسمح لك الغرفة برؤية إعداداتها أو تغييرها.
room-refused-rights = ليست لديك صلاحية لذلك هنا.
room-refused-later = حاول مجددًا بعد لحظة.
room-refused-condition = ردّت الغرفة: { $condition }
rooms-channels-button = قنوات IRC…
rooms-channels-tooltip = ابحث في قنوات شبكة IRC متصل بها وانضم إلى إحداها
room-channels-dialog-title = قنوات IRC
room-channels-explanation = لا شيء مما يقال في قناة خاص: كل من فيها، والشبكة، يقرؤون كل رسالة.
room-channels-network-tooltip = شبكة IRC التي تبحث فيها
room-channels-search-placeholder = جزء من اسم القناة (فارغ: الكل)
room-channels-search-tooltip = ابحث في قنوات الشبكة بالاسم
room-channels-search-button = بحث
room-channels-no-network = صِل شبكة IRC أولًا: تُعرض قنواتها من خلالها.
room-channels-searching = جارٍ سؤال الشبكة…
room-channels-count = { $count ->
    [zero] لم يُعثر على أي قناة.
    [one] عُثر على قناة واحدة.
    [two] عُثر على قناتين.
    [few] عُثر على { $count } قنوات.
   *[other] عُثر على { $count } قناة.
}
room-channels-truncated = تطابق قنوات أكثر مما يمكن عرضه؛ هذه أول { $count }. اكتب مزيدًا من الاسم لتضييق البحث.
room-channels-row = { $room } ({ $people ->
    [one] شخص واحد
    [two] شخصان
    [few] { $people } أشخاص
   *[other] { $people } شخصًا
}): { $topic }
room-channels-join-button = انضمام
room-channels-join = الانضمام إلى { $room }

## Preferences (Ctrl+comma)

prefs-title = التفضيلات
prefs-button = التفضيلات
prefs-button-tooltip = إعدادات الخصوصية والمحادثات المحفوظة
prefs-require-private = اشترط المحادثات الخاصة مع الجميع
prefs-require-private-explanation = عند تفعيله، لا تخرج أي رسالة إلى جهة اتصال دون تشفير: تنتظر حتى تبدأ المحادثة الخاصة (OTR). الغرف ليست خاصة أبدًا، وهذا الخيار لا يغيّرها.
prefs-require-private-unknown = نصف محدَّد: لا تعرف هذه النافذة إن كنت فعّلت هذا الخيار في جلسة سابقة. اختر تفعيله أو تعطيله.
prefs-delete-all-button = احذف كل المحادثات المحفوظة
prefs-delete-all-tooltip = احذف كل رسالة محفوظة على هذا الحاسوب، من كل المحادثات
prefs-delete-all-confirm-title = أتحذف كل المحادثات المحفوظة؟
prefs-delete-all-confirm-body = ستُحذف كل رسالة محفوظة على هذا الحاسوب. لا يمكن التراجع عن ذلك.
prefs-delete-all-confirm-button = احذف كل شيء
prefs-language = اللغة
prefs-language-system = مثل النظام
prefs-language-next-start = سيستخدم { -app-name } هذه اللغة في المرة القادمة التي يبدأ فيها.
dialog-close = إغلاق

## Dialog buttons shared by several dialogs

dialog-cancel = إلغاء

## The conversation pane

conversation-none-open = لا توجد محادثة مفتوحة
conversation-title = محادثة مع { $peer }
conversation-start-private-button = ابدأ محادثة خاصة
conversation-end-private-button = أنهِ المحادثة الخاصة
conversation-verify-button = تحقّق من جهة الاتصال
conversation-verify-button-tooltip = تأكد أنك تتحدث مع الشخص الصحيح: اطرح سؤالًا لا يعرف جوابه غيره، أو تحقّق من سرّ اتفقتما عليه
conversation-key-changed = تحذير: { $peer } يستخدم مفتاحًا غير الذي تحققت منه. قد يكون جهازًا جديدًا، أو شخصًا آخر. تحقّق من جهة الاتصال مجددًا قبل أن تقول أي شيء خاص.

## What is private: the line above the messages. It must never say more than is true.

privacy-not-private = ليست خاصة: الرسائل في هذه المحادثة غير مشفرة من طرف إلى طرف. يستطيع الخادم قراءتها.
privacy-private-unverified = خاصة لكن غير محقَّقة: الرسائل مشفرة (OTR)، لكنك لم تتحقق من هوية جهة الاتصال.
privacy-private-verified = خاصة ومحقَّقة: الرسائل مشفرة (OTR) وقد تحققت من جهة الاتصال.
privacy-finished = أنهت جهة الاتصال المحادثة الخاصة. لن يُرسَل أي شيء تكتبه حتى تنهيها أنت أيضًا أو تبدأ محادثة خاصة جديدة.
privacy-compromised = غير آمنة: وسمتَ المفتاح الذي تستخدمه جهة الاتصال بأنه مُخترَق. لن يُرسَل أي شيء تكتبه. أنهِ هذه المحادثة وتحقّق من جهة الاتصال مجددًا.
privacy-device = المحادثة الخاصة مع جهاز جهة الاتصال «{ $device }». لا يستطيع قراءة رسائلك إلا هذا الجهاز.

key-generation-started = جارٍ إنشاء مفتاحك الخاص لـ { $account }… تبدأ المحادثات الخاصة على هذا الحساب عندما يصبح جاهزًا.
key-generation-finished = مفتاحك الخاص لـ { $account } جاهز.
key-generation-failed = تعذّر إنشاء مفتاحك الخاص لـ { $account }، لذا لا يمكن بدء أي محادثة خاصة. تبقى الرسائل المنتظرة دون إرسال، وستُعاد المحاولة عند المحادثة الخاصة التالية.

## Writing a message, under the conversation

compose-placeholder = رسالة
compose-tooltip = اكتب رسالة
compose-send-button = أرسل

## Messages in a conversation

message-received = { $peer }: { $text }
message-received-not-private = تحذير: أرسل { $peer } الرسالة أعلاه غير مشفرة، مع أن هذه المحادثة يجب أن تكون خاصة. لم تكن خاصة: كان بإمكان الخادم قراءتها.
message-own = أنا: { $text }
message-own-waiting = أنا: { $text } (بانتظار محادثة خاصة)
message-own-held-ended = أنا: { $text } (لم تُرسَل: أنهت جهة الاتصال المحادثة الخاصة)
message-own-held-compromised = أنا: { $text } (لم تُرسَل: مفتاح جهة الاتصال موسوم بأنه مُخترَق)
message-own-held-offline = أنا: { $text } (لم تُرسَل: الحساب غير متصل)
message-own-failed = أنا: { $text } (لم تُرسَل)
message-own-discarded = أنا: { $text } (أُهملت، لم تُرسَل)

## The conversation pane: days, delivery, failed messages, clearing the window

day-today = اليوم
day-yesterday = أمس
delivery-waiting = بالانتظار
delivery-waiting-tooltip = لم تُرسَل بعد: ستُرسَل حالما يمكن ذلك (مثلاً عندما تصبح المحادثة خاصة).
delivery-sent = أُرسلت
delivery-sent-tooltip = أُرسلت: غادرت هذا الحاسوب.
delivery-delivered = وصلت
delivery-delivered-tooltip = وصلت: استلمها جهاز جهة الاتصال.
delivery-failed = لم تُرسَل
delivery-failed-tooltip = لم تُرسَل. «أعد المحاولة» يرسلها مرة أخرى؛ «أهمل» يزيلها.
message-retry-button = أعد المحاولة
message-retry-tooltip = أرسل هذه الرسالة مرة أخرى
message-discard-button = أهمل
message-discard-tooltip = أزل هذه الرسالة: لم تُرسَل
conversation-menu-button = المزيد
conversation-menu-tooltip = إجراءات أخرى لهذه المحادثة
scrollback-clear-button = امسح النافذة
scrollback-clear-tooltip = أزل الرسائل المعروضة في هذه المحادثة. لا تُحذف الرسائل المحفوظة على هذا الحاسوب.
scrollback-cleared = مُسحت النافذة. لم تُحذف الرسائل المحفوظة على هذا الحاسوب.

## How a message travelled: the tooltip of every message

security-encrypted-verified = خاصة: مشفرة، وقد تحققت من جهة الاتصال
security-encrypted-unverified = خاصة لكن غير محقَّقة: مشفرة، ولم يُتحقَّق من جهة الاتصال بعد
security-not-encrypted = ليست خاصة: يستطيع الخادم قراءة هذه الرسالة

## Verifying a contact (the Socialist Millionaires' Protocol of OTR)

verify-dialog-title = تحقّق من جهة الاتصال
verify-dialog-verify-button = تحقّق
verify-dialog-explanation = اطرح سؤالًا لا يعرف جوابه إلا جهة الاتصال، أو اترك السؤال فارغًا للتحقق من سرّ اتفقتما عليه وجهًا لوجه. لن يعرف أحد غيركما الجواب، ولا حتى الخادم.
verify-question-placeholder = السؤال (اختياري)
verify-question-tooltip = سؤال لجهة الاتصال
verify-secret-placeholder = الجواب المتوقع أو السرّ المشترك
verify-secret-tooltip = الجواب المتوقع أو السرّ المشترك
verify-fingerprints-explanation = أو قارنا البصمات: اقرآها أحدكما للآخر عبر وسيلة تثقان بها (وجهًا لوجه أو بمكالمة هاتفية). إذا طابقت بصمة جهة الاتصال ما قرأته لك، فاضغط «متطابقتان».
verify-own-fingerprint = بصمتك: { $fingerprint }
verify-contact-fingerprint = بصمة جهة الاتصال: { $fingerprint }
verify-fingerprint-matches-button = متطابقتان
verify-fingerprint-compromised-button = المفتاح مُخترَق
verification-request-question = { $peer } يطلب منك التحقق: { $question }
verification-request-secret = { $peer } يطلب منك التحقق بالسرّ الذي اتفقتما عليه.
verification-answer-placeholder = جوابك
verification-answer-tooltip = جوابك على سؤال التحقق
verification-answer-button = أجب
verification-succeeded = نجح التحقق: أعطت جهة الاتصال الجواب نفسه.
verification-failed = فشل التحقق: الجوابان مختلفان، أو توقف التحقق. ربما تتحدث مع شخص آخر.

## The server's certificate: a warning that may mean someone is intercepting

certificate-changed-title = تغيّرت شهادة الخادم
certificate-untrusted-title = شهادة الخادم غير موثوقة
certificate-changed-explanation = قدّم هذا الخادم شهادة غير التي قبلتها من قبل. ربما يعترض أحدهم الاتصال. لا تتصل إلا إذا أخبرك مديرو الخادم بأن الشهادة تغيّرت.
certificate-details =
    { $explanation }

    البصمة (SHA-256):
    { $fingerprint }

    صادرة إلى: { $subject }
    صادرة عن: { $issuer }
    صالحة حتى: { $expiry }
certificate-do-not-connect = لا تتصل
certificate-trust-button = ثِق بهذه الشهادة

## Errors: one sentence each, for someone who is not a computer expert

error-tor-unavailable = Tor لا يعمل، أو لا يجيب كما ينبغي لـTor، لذا لا يستطيع Otter الاتصال. لا يتصل Otter أبدًا دون Tor. شغّل Tor (في Tails: اتصل بـTor) ثم حاول مجددًا.
error-server-unreachable = تعذّر على Tor الوصول إلى الخادم. ربما العنوان خاطئ، أو الخادم متوقف. حاول لاحقًا.
error-certificate-untrusted = شهادة الخادم غير موثوقة. ربما يعترض أحدهم الاتصال، أو أن الخادم يستخدم شهادة لا يعرفها حاسوبك.
error-authentication-failed = رفض الخادم تسجيل الدخول. تحقّق من العنوان وكلمة السر.
error-peer-misbehaved = أرسل الخادم أو جهة الاتصال شيئًا لا يقبله Otter، لذا أوقف Otter هذا الاتصال.
error-limit-exceeded = أرسل الخادم أو جهة الاتصال أكثر مما يقبله Otter دفعة واحدة، لذا أوقف Otter هذا الاتصال.
error-private-session-required = هذه الرسالة بانتظار محادثة خاصة.
error-storage-failed = تعذّر على Otter قراءة إعداداته أو حفظها على هذا الحاسوب.
error-timed-out = استغرق هذا وقتًا طويلًا. ربما لا يزال Tor يبدأ، أو أن الشبكة بطيئة. حاول مجددًا بعد قليل.
error-internal = حدث خطأ داخل Otter. يُرجى إبلاغ المطوّرين به.

## Keeping a conversation on this computer (off unless the user turns it on)

history-keep-check = الاحتفاظ بهذه المحادثة
history-keep-tooltip = احفظ رسائل هذه المحادثة في مجلد Otter من الآن فصاعدًا. لا تُحفظ الرسائل الخاصة (المشفرة). الخيار معطّل افتراضيًا: لا يُحفظ شيء ما لم تفعّله.
history-delete-button = حذف الرسائل المحفوظة
history-delete-tooltip = احذف كل رسائل هذه المحادثة المحفوظة على هذا الحاسوب
history-deleted = حُذفت الرسائل المحفوظة.

## A profile Otter cannot open

profile-problem-title = لا يستطيع Otter فتح إعداداتك
profile-damaged-explanation = الملف الموجود في { $folder } الذي يحفظ فيه Otter حساباتك وجهات اتصالك والمفاتيح التي تثق بها تالف.
profile-newer-explanation = الملف الموجود في { $folder } الذي يحفظ فيه Otter حساباتك وجهات اتصالك والمفاتيح التي تثق بها كتبه إصدار أحدث من Otter لا يستطيع هذا الإصدار قراءته.
profile-set-aside-explanation = يستطيع Otter نقله، مع مفاتيحك الخاصة وأي سجل محفوظ، إلى مجلد جديد داخل ذلك المجلد، ثم البدء بلا حسابات. لن يُحذف شيء.
profile-set-aside-button = انقله وابدأ بلا حسابات
profile-quit-button = إنهاء

## Unread messages and notifications

sidebar-contact-unread = { $name }، { $count ->
    [zero] لا رسائل غير مقروءة
    [one] رسالة واحدة غير مقروءة
    [two] رسالتان غير مقروءتين
    [few] { $count } رسائل غير مقروءة
    [many] { $count } رسالة غير مقروءة
   *[other] { $count } رسالة غير مقروءة
}
notification-new-message = رسالة جديدة
notification-new-message-from = رسالة جديدة من { $name }
prefs-notify-sender = إظهار اسم المرسل في الإشعارات
prefs-notify-sender-explanation = عند إيقافه، يقول الإشعار «رسالة جديدة» فقط، فلا يعرف من يرى شاشتك من كتب. لا يظهر نص الرسالة نفسه في أي إشعار أبدًا.

## Links in messages: asked before anything opens outside Otter

link-open-title = فتح هذا الرابط خارج Otter؟
link-open-body = سيُفتح { $address } في متصفح الويب خارج Otter. قد لا يتصل المتصفح عبر Tor، وسيعرف الموقع أن أحدًا فتح الرابط.
link-open-button = فتح الرابط

## Creating an XMPP account on its server (in-band registration)

welcome-create-xmpp-tooltip = أنشئ حسابًا جديدًا على خادم XMPP، عبر Tor
account-dialog-create-title = إنشاء حساب XMPP
account-dialog-create-button = إنشاء الحساب
account-random-name-button = اسم عشوائي
account-random-name-tooltip = يملأ اسمًا مختلقًا لا يكشف شيئًا عنك، لحساب مؤقت
account-password-repeat-placeholder = كلمة السر مرة أخرى
account-password-repeat-tooltip = اكتب كلمة السر مرة أخرى للتأكد منها
account-problem-password-mismatch = كلمتا السر مختلفتان.
registration-started = جارٍ إنشاء { $address } على خادمه عبر Tor…
registration-succeeded = أُنشئ { $address } وأُضيف.
registration-name-taken = هذا الاسم مأخوذ على هذا الخادم: اختر اسمًا آخر.
registration-not-acceptable = لا يقبل الخادم هذا الاسم أو كلمة السر هذه.
registration-closed = لا يسمح هذا الخادم بإنشاء حساب من هنا. أنشئ الحساب على موقع الخادم (في متصفح Tor)، ثم أضفه.
registration-too-many = أُنشئ عدد كبير جدًا من الحسابات مؤخرًا من مخرج Tor هذا. حاول مرة أخرى لاحقًا.
registration-cannot-show-form = يطلب الخادم شيئًا لا يستطيع Otter عرضه (مثل صورة لفك رموزها). أنشئ الحساب على موقع الخادم (في متصفح Tor)، ثم أضفه.
registration-not-saved = أُنشئ الحساب، لكن Otter لم يتمكن من حفظه: أضفه عبر «أضف حساب XMPP موجودًا».
registration-failed = تعذّر إنشاء { $address }: { $reason }

## Presence and requests

sidebar-status-label = حالتك
presence-available = متاح
presence-away = غائب
presence-busy = مشغول
presence-offline = غير متصل
contact-request = يطلب { $peer } إضافتك جهةَ اتصال ومعرفة متى تكون متصلًا.
contact-request-accept = قبول
contact-request-refuse = رفض
room-invitation = يدعوك { $from } إلى الغرفة { $room }.
room-invitation-unknown = أنت مدعو إلى الغرفة { $room }.
room-invitation-join = انضمام
room-invitation-ignore = تجاهل

## The password prompt

password-prompt-title = كلمة سر { $address }
password-prompt-body = اكتب كلمة سر { $address }. يحتفظ بها Otter حتى إغلاقه فقط، ولا تُحفظ.

## Verification under way

verification-in-progress = جارٍ التحقّق من جهة اتصالك…
verification-stop-button = إيقاف التحقّق

## How far a sent message got

message-state-server = { $security } وصلت إلى الخادم.
message-state-delivered = { $security } وصلت إلى جهاز جهة اتصالك.
message-own-elsewhere = أنا، من جهاز آخر: { $text }

## أوامر مربع الكتابة (سطر يبدأ بـ "/")

command-unknown = { $command } ليس أمرًا يعرفه Otter. لم يُرسَل شيء. لإرسال سطر يبدأ بـ "/"، ابدأه بـ "//".
command-unsupported = { $command } غير متاح هنا بعد. لم يُرسَل شيء.
command-incomplete = يحتاج { $command } إلى كلمات أكثر، مثلًا: { $example }. لم يُرسَل شيء.
command-room-only = لا يعمل { $command } إلا في غرفة. لم يُرسَل شيء.

## إشعارات الكتابة

typing-notice = { $peer } يكتب…
prefs-share-typing = مشاركة إشعارات الكتابة
prefs-send-receipts = إرسال إشعارات الاستلام
prefs-activity-explanation = تُخبر إشعارات الكتابة جهات اتصالك متى تكتب إليهم، وتُخبرهم إشعارات الاستلام متى وصلت رسائلهم إلى هذا الحاسوب. كلاهما يكشف متى تكون أمام لوحة المفاتيح. معطّلة ما لم تفعّلها. الغرف لا تتلقاها أبدًا.

## التبديل السريع (Ctrl+K)

switcher-title = الانتقال إلى محادثة
switcher-search-placeholder = الاسم أو العنوان
switcher-search-tooltip = اكتب جزءًا من اسم جهة اتصال أو غرفة أو قناة أو من عنوانها، ثم اضغط Enter
switcher-row = { $name } ({ $address })
switcher-nothing = لا توجد نتائج مطابقة.

## تعديل حساب

account-edit-button = تعديل
account-edit-tooltip = تغيير الخادم أو المنفذ أو التشفير أو كلمة السر المحفوظة لـ { $address }
account-edit-title = تعديل { $address }
account-edit-save = حفظ التغييرات
account-direct-tls = استخدام TLS منذ البداية (TLS مباشر)
account-direct-tls-tooltip = فقط إذا كان مزوّدك يقدّم XMPP على منفذ TLS، عادةً 5223. وإلا يبدأ Otter ‏TLS على المنفذ المعتاد (STARTTLS). في الحالتين يكون الاتصال مشفّرًا.
account-edit-password-remembered = يحفظ Otter كلمة سر هذا الحساب.
account-edit-password-not-remembered = لا يحفظ Otter كلمة سر هذا الحساب؛ ويطلبها عند كل بدء تشغيل.
account-edit-password-keep = الإبقاء كما هي
account-edit-password-forget = نسيان كلمة السر
account-edit-password-remember = حفظ كلمة سر
account-edit-password-tooltip = كلمة السر التي ستُحفظ لهذا الحساب

## Copy buttons and an IRC account's client certificate

copy-button = نسخ
copy-done = نُسخ
verify-copy-own-tooltip = نسخ بصمتك
verify-copy-contact-tooltip = نسخ بصمة جهة الاتصال
client-certificate-button = شهادة العميل…
client-certificate-button-tooltip = تسجيل الدخول إلى هذه الشبكة بشهادة بدلًا من كلمة السر
client-certificate-title = شهادة العميل لـ { $address }
client-certificate-explanation = أنشأ Otter شهادة لهذا الحساب ويحفظها مع إعداداتك. سجّلها لدى خدمات الشبكة مرة واحدة وأنت مسجّل الدخول بكلمة السر: أرسل إليها الأمر أدناه (الصقه في أي محادثة على هذه الشبكة).
client-certificate-fingerprint = البصمة (SHA-256): { $fingerprint }
client-certificate-command = الأمر: { $command }
client-certificate-copy-fingerprint = نسخ بصمة الشهادة
client-certificate-copy-command = نسخ الأمر
client-certificate-after = من الاتصال التالي فصاعدًا يسجّل Otter الدخول بالشهادة (SASL EXTERNAL) ولا يحتاج إلى إرسال كلمة السر. من يملك نسخة من مجلد إعدادات Otter يستطيع تسجيل الدخول باسمك: احفظه بعناية كما تحفظ كلمة السر.

## مجموعات جهات الاتصال

contacts-group-none = جهات اتصال أخرى
contact-group-menu = نقل إلى مجموعة…
contact-group-menu-tooltip = ضع جهة الاتصال هذه في مجموعة من قائمة جهات اتصالك
contact-group-title = النقل إلى مجموعة
contact-group-explanation = اختر مجموعة لـ { $name }: اكتب اسمها أو اختر إحدى مجموعاتك أدناه. اتركه فارغًا لعدم وضعها في أي مجموعة. تعرض تطبيقات XMPP الأخرى لديك المجموعات نفسها.
contact-group-label = المجموعة
contact-group-placeholder = بلا مجموعة
contact-group-tooltip = اسم المجموعة، جديدة أو موجودة
contact-group-known = مجموعاتك
contact-group-move = نقل
contact-group-not-listed = لا يمكن وضع جهة اتصال في مجموعة إلا إذا كانت في قائمة جهات اتصال حساب XMPP.

## The proxy (preferences)

prefs-proxy-expander = الوسيط (متقدّم)
prefs-proxy-explanation = يتصل Otter عبر منفذ SOCKS الخاص بـ Tor فقط. ما لم تغيّره هنا فهو 127.0.0.1:9050، حيث يستمع Tor في Tails؛ أما Tor الخاص بمتصفح Tor فيستمع على 127.0.0.1:9150. أدخل عنوان IP ومنفذًا: لا يبحث Otter أبدًا عن اسم خارج Tor.
prefs-proxy-in-use = يتصل Otter عبر { $address }.
prefs-proxy-fixed = في هذا التشغيل يتصل Otter عبر { $address }، الذي حُدّد عند بدئه. الوسيط المحفوظ هنا يُطبَّق من البدء التالي من دونه.
prefs-proxy-placeholder = 127.0.0.1:9050
prefs-proxy-tooltip = عنوان IP ومنفذ وسيط SOCKS5 (Tor)
prefs-proxy-use-button = استخدام هذا الوسيط
prefs-proxy-default-button = العودة إلى 127.0.0.1:9050
prefs-proxy-invalid = أدخل عنوان IP ومنفذًا، مثل 127.0.0.1:9150.
prefs-proxy-reconnect = تحتفظ الحسابات المتصلة الآن باتصالها إلى أن تعيد الاتصال.

## Room settings (the room's configuration form) and destroying a room

room-create-heading = إذا أنشأ هذا غرفة جديدة:
room-create-defaults = اقبل الإعدادات الافتراضية
room-create-defaults-tooltip = تُفتح الغرفة الجديدة فورًا بإعدادات الخادم المعتادة
room-create-configure = اضبط الغرفة…
room-create-configure-tooltip = يعرض Otter إعدادات الغرفة الجديدة أولًا؛ لا يستطيع أحد غيرك الدخول حتى تحفظها
room-settings-button = إعدادات الغرفة…
room-settings-button-tooltip = اعرض إعدادات هذه الغرفة وغيّرها (أنت مالكها)
room-form-title = إعدادات { $room }
room-form-save = احفظ الإعدادات
room-form-new-room = هذه الغرفة جديدة: لا يستطيع أحد غيرك الدخول حتى تحفظ إعداداتها. «إلغاء» يحذف الغرفة.
room-form-required = (مطلوب)
room-form-not-set = غير محدد
room-form-left-out = إعدادات غير معروضة هنا: { $count }. تبقى قيمها كما هي.
room-form-problem-required = املأ: { $name }
room-form-problem-address = ليس عنوانًا (name@server، واحد في كل سطر): { $name }
room-form-saved = أخذت الغرفة إعداداتها الجديدة.
room-destroy-tool-button = أزل الغرفة…
room-destroy-tool-tooltip = أخرج الجميع من هذه الغرفة واحذفها (أنت مالكها)
room-destroy-dialog-title = أتزيل { $room }؟
room-destroy-explanation = يُخرَج كل من في الغرفة وتختفي الغرفة: يصبح اسمها متاحًا لأي أحد من جديد. لا يمكن التراجع عن هذا.
room-destroy-reason-tooltip = السبب: يراه كل من في الغرفة عند إخراجه
room-destroy-button = أزل الغرفة
room-left-destroyed-moved = أُغلقت الغرفة. طُلب ممن فيها الانتقال إلى { $room } بدلًا منها.

## IRC in the window: networks without a password, channels by name, invitations
account-irc-no-password = بلا كلمة سر: يتصل { -app-name } باللقب وحده دون تسجيل الدخول
account-irc-no-password-tooltip = لشبكة بلا حسابات، أو للقب لم تسجّله قط. اللقب الذي سجّل الدخول من قبل لا يُستخدم أبدًا دون كلمة سره.
room-join-connect-first = صِل حساب XMPP أو شبكة IRC أولًا: عبرهما تنضم إلى الغرف والقنوات.
room-channel-placeholder = القناة، مثل #otter
room-channel-tooltip = اسم القناة على هذه الشبكة، ويبدأ بـ #
room-key-placeholder = مفتاح القناة (إن كان لها مفتاح فقط)
room-key-tooltip = مفتاح القناة، إن كان لها مفتاح
room-problem-channel = يبدأ اسم القناة بـ # (أو &) ولا يحوي مسافات ولا فواصل، مثل #otter.
room-invite-nick = لقبه
room-invite-nick-tooltip = لقب الشخص الذي تدعوه
room-invite-problem-nick = اكتب لقبه: بلا مسافات، ولا يبدأ برقم أو بـ #.
error-irc-login-needed = سجّل هذا اللقب الدخول من قبل، لذا لا يصله { -app-name } إلا بكلمة سره.

## The join dialog: the account's room service

room-service-line = الغرف على هذا الخادم: { $service }
room-service-copy-tooltip = نسخ عنوان خدمة الغرف على هذا الخادم

## IRC: ‏NickServ بديلًا لتسجيل الدخول
account-irc-nickserv-fallback = التعريف بنفسك لدى NickServ إن لم تدعم الشبكة SASL
account-irc-nickserv-fallback-help = فقط لشبكة لا تدعم SASL. إن SASL أكثر أمانًا: فهو يسجّل دخولك قبل أن يظهر لقبك، ولا تذهب كلمة السر إلا إلى الخادم. أما مع NickServ فيظهر لقبك قبل أن تُعرِّف بنفسك، وتذهب كلمة السر إلى أيّ طرف يجيب باسم NickServ. لا يُستخدم أبدًا حين تقدّم الشبكة SASL.

## IRC: خدمة بصلة دون TLS، فقط عند السماح بذلك
account-irc-onion-plaintext = الاتصال دون TLS (لخدمات البصلة فقط)
account-irc-onion-plaintext-warning = لا تستخدم خدمة البصلة هذه TLS: يشفّر Tor الاتصال بها، لكن هوية الخادم ليست سوى عنوانه ‎.onion. فقط لشبكة تستمع خدمة البصلة فيها دون TLS؛ وتُرسَل كلمة سرك حينها عبر هذا الاتصال.
account-problem-plaintext-not-onion = الاتصال دون TLS مخصص لخدمة البصلة فقط: يجب أن ينتهي اسم الخادم بـ ‎.onion.

## Temporary XMPP accounts (SASL ANONYMOUS)

account-temporary = حساب مؤقت (بلا كلمة سر؛ عنوان عشوائي جديد عند كل اتصال)
account-temporary-help = للخوادم التي تسمح بذلك: يمنحك الخادم عنوانًا جديدًا في كل مرة تتصل فيها، وينساه مع جهات اتصاله عندما تقطع الاتصال.
account-temporary-server-placeholder = الخادم، مثل example.org
account-temporary-server-tooltip = اسم خادم يسمح بالحسابات المؤقتة
account-problem-temporary-server = اكتب اسم الخادم وحده، مثل example.org.
account-status-online-as = متصل باسم { $address }
error-temporary-not-allowed = هذا الخادم لا يسمح بالحسابات المؤقتة.

## IRCv3: انقسام الشبكة وعودتها، رفض الخادم، دعوات ظاهرة في القناة

room-netsplit = { $count ->
    [zero] لم يغادر أحد: انقسام بين { $first } و{ $second }
    [one] غادر شخص واحد: انقسام بين { $first } و{ $second }
    [two] غادر شخصان: انقسام بين { $first } و{ $second }
    [few] غادر { $count } أشخاص: انقسام بين { $first } و{ $second }
    [many] غادر { $count } شخصًا: انقسام بين { $first } و{ $second }
   *[other] غادر { $count } شخص: انقسام بين { $first } و{ $second }
}
room-netjoin = { $count ->
    [zero] لم يعد أحد
    [one] عاد شخص واحد
    [two] عاد شخصان
    [few] عاد { $count } أشخاص
    [many] عاد { $count } شخصًا
   *[other] عاد { $count } شخص
}
server-refused = رفض الخادم { $command }: { $description }
room-invited-other = دعا { $by } { $nick }

## IRC commands in the composer: /whois and /mode

whois-user = { $nick } هو { $mask }
whois-not-found = لا أحد يستخدم اللقب { $nick } على هذه الشبكة الآن.
whois-realname = الاسم الحقيقي: { $name }
whois-account = مسجَّل الدخول باسم { $account }
whois-channels = القنوات: { $channels }
whois-channels-truncated = القنوات (أول { $count }): { $channels }
whois-server = الخادم: { $server }
whois-idle = خامل منذ { $seconds } ث
whois-away = غائب: { $message }
whois-secure = متصل بخادمه عبر TLS
room-modes = أوضاع القناة: { $modes }
room-bans-none = لا أحد محظور من { $room }.
room-bans-count = الحظر في { $room }: { $count }
room-bans-entry = { $mask }، وضعه { $by }
room-bans-truncated = القائمة أطول؛ تُعرض أول { $count } فقط.
room-refused-modes = لم تسمح لك القناة بتغيير أوضاعها: لا يستطيع ذلك إلا مشرفوها.

## IRC command /raw: one line as typed, after a confirmation

command-raw-control = لا يمكن أن يحتوي سطر /raw على فاصل أسطر أو NUL: سيصبح أمرين. لم يُرسل شيء.
command-raw-too-long = يمكن أن يكون سطر /raw بطول 510 بايت على الأكثر. لم يُرسل شيء.
command-raw-private = لا يرسل /raw رسائل أو إشعارات إلى شخص: فهي ستتجاوز المحادثة الخاصة (OTR). اكتب في محادثتك معه بدلًا من ذلك. لم يُرسل شيء.
command-raw-prefixed = يبدأ سطر /raw بالأمر، لا بـ @ أو :. لم يُرسل شيء.
raw-confirm-title = أترسل الأسطر دون تحقق؟
raw-confirm-body = يرسل /raw ما كتبته إلى شبكة IRC كما هو تمامًا. لا يتحقق { -app-name } مما يفعله: قد يغيّر أمر خاطئ حسابك أو قنواتك، أو يخبر الشبكة بأكثر مما قصدت. تظل الرسائل إلى الأشخاص تمر عبر محادثاتهم فقط. إلى أن تُغلق البرنامج، تُرسل أسطر /raw دون سؤال مرة أخرى.
raw-confirm-button = أرسل دون تحقق

## IRC: someone changes a channel's modes

room-mode-op-given = { $by } يجعل { $nick } مشرفًا على القناة.
room-mode-op-taken = { $by } يزيل { $nick } من إشراف القناة.
room-mode-voice-given = { $by } يسمح لـ{ $nick } بالكلام (voice).
room-mode-voice-taken = { $by } يمنع { $nick } من الكلام (أُزيل voice).
room-mode-ban = { $by } يحظر { $mask }.
room-mode-unban = { $by } يرفع الحظر عن { $mask }.
room-mode-set = { $by } يضبط الوضع { $modes }
room-mode-set-more = { $by } يضبط الوضع { $modes } و{ $count } غيرها
room-mode-by-server = الخادم

## IRC command /who

who-count = { $target }: عدد الأشخاص { $count }
who-none = لا أحد يطابق { $target } على هذه الشبكة الآن.
who-person = { $nick } ({ $mask }) { $name }
who-person-away = { $nick } ({ $mask }، غائب) { $name }
who-truncated = القائمة أطول؛ لا يظهر إلا أول { $count }.
