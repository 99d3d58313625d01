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

## Writing a message, under the conversation

compose-placeholder = رسالة
compose-tooltip = اكتب رسالة
compose-send-button = أرسل

## Messages in a conversation

message-received = { $peer }: { $text }
message-own = أنا: { $text }
message-own-waiting = أنا: { $text } (بانتظار محادثة خاصة)
message-own-held-ended = أنا: { $text } (لم تُرسَل: أنهت جهة الاتصال المحادثة الخاصة)
message-own-held-compromised = أنا: { $text } (لم تُرسَل: مفتاح جهة الاتصال موسوم بأنه مُخترَق)
message-own-held-offline = أنا: { $text } (لم تُرسَل: الحساب غير متصل)
message-own-failed = أنا: { $text } (لم تُرسَل)
message-own-discarded = أنا: { $text } (أُهملت، لم تُرسَل)

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
