# رابط کاربری Otter به فارسی.
# منبع: po/en-US/otter.ftl (یادداشت‌های مترجمان در آن است).
# واژه‌نامه: po/GLOSSARY.md. نام‌های Tor و OTR و Pidgin و XMPP و IRC و SOCKS مانند Tails به خط لاتین می‌مانند.

## Terms

-app-name = Otter

## The window

window-title = { -app-name }
window-title-conversation = { -app-name } — { $peer }

## Tor status line, at the top of the window

tor-status-checking = در حال بررسی اجرای Tor…
tor-status-ready = به Tor وصل است. همهٔ اتصال‌ها از Tor می‌گذرند و هر حساب از مدار جداگانهٔ خودش.
tor-status-not-isolating = به یک پراکسی SOCKS وصل است که حساب‌ها را از هم جدا نمی‌کند: شاید Tor نباشد.

## Sidebar: accounts and contacts

sidebar-accounts-heading = حساب‌ها
sidebar-contacts-heading = مخاطبان
sidebar-open-address-placeholder = گفتگو با… (نشانی XMPP یا نام مستعار IRC)
sidebar-open-address-tooltip = نشانی مخاطبی که می‌خواهید با او گفتگو کنید
sidebar-contact-with-name = { $name } ({ $address })

## One row per account in the sidebar

account-connect-button = اتصال
account-disconnect-button = قطع اتصال
account-connect-tooltip = اتصال { $address } از طریق Tor
account-status-offline = برون‌خط
account-status-connecting = در حال اتصال از طریق Tor…
account-status-online = برخط
account-status-failed = وصل نیست: { $reason }

## Importing from Pidgin

pidgin-import-button = درون‌ریزی از Pidgin
pidgin-import-button-tooltip = حساب‌ها، مخاطبان، گفتگوهای گروهی و کلیدهای OTR خود را از Pidgin بیاورید، از { $directory }
pidgin-import-dialog-title = درون‌ریزی از Pidgin
pidgin-import-dialog-body = Otter حساب‌ها، مخاطبان، گفتگوهای گروهی، کلیدهای OTR و مخاطبان تأییدشدهٔ شما را می‌آورد. شاید Pidgin گذرواژه‌ها را هم ذخیره کرده باشد: آن‌ها را فقط وقتی بیاورید که حافظهٔ این رایانه رمزگذاری‌شده باشد (در Tails: ذخیره‌ساز دائم). گزارش گفتگوهای Pidgin کپی نمی‌شود: Otter هیچ گزارشی نگه نمی‌دارد، مگر اینکه خودتان بخواهید.
pidgin-import-without-passwords = درون‌ریزی بدون گذرواژه‌ها
pidgin-import-with-passwords = درون‌ریزی همراه گذرواژه‌ها
pidgin-imported =
    از Pidgin درون‌ریزی شد: { $accounts ->
        [one] { $accounts } حساب
       *[other] { $accounts } حساب
    } (از پیش در Otter: { $skipped })، { $contacts ->
        [one] { $contacts } مخاطب
       *[other] { $contacts } مخاطب
    }، { $rooms ->
        [one] { $rooms } گفتگوی گروهی
       *[other] { $rooms } گفتگوی گروهی
    }.

## Dialog buttons shared by several dialogs

dialog-cancel = لغو

## The conversation pane

conversation-none-open = هیچ گفتگویی باز نیست
conversation-title = گفتگو با { $peer }
conversation-start-private-button = آغاز مکالمهٔ محرمانه
conversation-end-private-button = پایان مکالمهٔ محرمانه
conversation-verify-button = تأیید مخاطب
conversation-verify-button-tooltip = مطمئن شوید که با شخص درست صحبت می‌کنید: سؤالی بپرسید که فقط او می‌تواند پاسخ دهد، یا رازی را که با هم قرار گذاشته‌اید بسنجید
conversation-key-changed = هشدار: { $peer } از کلیدی غیر از کلیدی که تأیید کرده‌اید استفاده می‌کند. ممکن است دستگاه تازه‌ای باشد، یا کس دیگری. پیش از گفتن هر چیز محرمانه، مخاطب خود را دوباره تأیید کنید.

## What is private: the line above the messages. It must never say more than is true.

privacy-not-private = محرمانه نیست: پیام‌های این گفتگو سرتاسری رمزگذاری نشده‌اند. سرور می‌تواند آن‌ها را بخواند.
privacy-private-unverified = محرمانه ولی تأییدنشده: پیام‌ها رمزگذاری شده‌اند (OTR)، ولی شما هنوز تأیید نکرده‌اید که مخاطبتان کیست.
privacy-private-verified = محرمانه و تأییدشده: پیام‌ها رمزگذاری شده‌اند (OTR) و شما مخاطبتان را تأیید کرده‌اید.
privacy-finished = مخاطب شما مکالمهٔ محرمانه را پایان داد. هر چه بنویسید فرستاده نمی‌شود تا وقتی که شما هم آن را پایان دهید یا مکالمهٔ تازه‌ای آغاز کنید.
privacy-compromised = امن نیست: شما کلیدی را که مخاطبتان به کار می‌برد به‌عنوان کلید به خطر افتاده علامت زده‌اید. هر چه بنویسید فرستاده نمی‌شود. این گفتگو را پایان دهید و مخاطبتان را دوباره تأیید کنید.

## Writing a message, under the conversation

compose-placeholder = پیام
compose-tooltip = پیامی بنویسید
compose-send-button = فرستادن

## Messages in a conversation

message-received = { $peer }: { $text }
message-own = من: { $text }
message-own-waiting = من: { $text } (در انتظار مکالمهٔ محرمانه)
message-own-held-ended = من: { $text } (فرستاده نشد: مخاطب شما مکالمهٔ محرمانه را پایان داد)
message-own-held-compromised = من: { $text } (فرستاده نشد: کلید مخاطب شما به‌عنوان به خطر افتاده علامت خورده است)
message-own-held-offline = من: { $text } (فرستاده نشد: حساب برون‌خط است)
message-own-failed = من: { $text } (فرستاده نشد)
message-own-discarded = من: { $text } (دور ریخته شد، فرستاده نشد)

## How a message travelled: the tooltip of every message

security-encrypted-verified = محرمانه: رمزگذاری‌شده، و شما مخاطبتان را تأیید کرده‌اید
security-encrypted-unverified = محرمانه ولی تأییدنشده: رمزگذاری‌شده، مخاطب شما هنوز تأیید نشده است
security-not-encrypted = محرمانه نیست: سرور می‌تواند این پیام را بخواند

## Verifying a contact (the Socialist Millionaires' Protocol of OTR)

verify-dialog-title = مخاطب خود را تأیید کنید
verify-dialog-verify-button = تأیید
verify-dialog-explanation = سؤالی بپرسید که فقط مخاطبتان می‌تواند پاسخ دهد، یا سؤال را خالی بگذارید تا رازی را که حضوری با هم قرار گذاشته‌اید بسنجید. هیچ کس دیگری پاسخ را نمی‌فهمد، حتی سرور.
verify-question-placeholder = سؤال (اختیاری)
verify-question-tooltip = سؤال برای مخاطب شما
verify-secret-placeholder = پاسخ مورد انتظار یا راز مشترک
verify-secret-tooltip = پاسخ مورد انتظار یا راز مشترک
verify-fingerprints-explanation = یا اثر انگشت‌ها را مقایسه کنید: آن‌ها را از راهی که به آن اعتماد دارید (حضوری یا تلفنی) برای هم بخوانید. اگر اثر انگشت مخاطبتان با آنچه برایتان می‌خواند یکی است، «یکی هستند» را بزنید.
verify-own-fingerprint = اثر انگشت شما: { $fingerprint }
verify-contact-fingerprint = اثر انگشت مخاطب شما: { $fingerprint }
verify-fingerprint-matches-button = یکی هستند
verify-fingerprint-compromised-button = کلید به خطر افتاده است
verification-request-question = { $peer } از شما می‌خواهد تأیید کنید: { $question }
verification-request-secret = { $peer } از شما می‌خواهد با رازی که با هم قرار گذاشته‌اید تأیید کنید.
verification-answer-placeholder = پاسخ شما
verification-answer-tooltip = پاسخ شما به سؤال تأیید
verification-answer-button = پاسخ
verification-succeeded = تأیید موفق بود: مخاطب شما همان پاسخ را داد.
verification-failed = تأیید ناموفق بود: پاسخ‌ها یکی نیستند، یا تأیید متوقف شد. شاید با کس دیگری صحبت می‌کنید.

## The server's certificate: a warning that may mean someone is intercepting

certificate-changed-title = گواهی سرور تغییر کرده است
certificate-untrusted-title = گواهی سرور مورد اعتماد نیست
certificate-changed-explanation = این سرور گواهی‌ای متفاوت با گواهی‌ای که پیش‌تر پذیرفته بودید نشان داد. ممکن است کسی در حال شنود اتصال باشد. وصل نشوید، مگر اینکه مدیران سرور به شما گفته باشند که گواهی تغییر کرده است.
certificate-details =
    { $explanation }

    اثر انگشت (SHA-256):
    { $fingerprint }

    صادرشده برای: { $subject }
    صادرکننده: { $issuer }
    معتبر تا: { $expiry }
certificate-do-not-connect = وصل نشو
certificate-trust-button = به این گواهی اعتماد کن

## Errors: one sentence each, for someone who is not a computer expert

error-tor-unavailable = Tor اجرا نمی‌شود، یا آن‌طور که Tor باید پاسخ نمی‌دهد، پس Otter نمی‌تواند وصل شود. Otter هرگز بدون Tor وصل نمی‌شود. Tor را راه بیندازید (در Tails: به Tor وصل شوید) و دوباره امتحان کنید.
error-server-unreachable = Tor نتوانست به سرور برسد. شاید نشانی اشتباه است، یا سرور از کار افتاده است. بعداً دوباره امتحان کنید.
error-certificate-untrusted = گواهی سرور مورد اعتماد نیست. ممکن است کسی در حال شنود اتصال باشد، یا سرور گواهی‌ای دارد که رایانهٔ شما آن را نمی‌شناسد.
error-authentication-failed = سرور ورود را نپذیرفت. نشانی و گذرواژه را بررسی کنید.
error-peer-misbehaved = سرور یا مخاطب چیزی فرستاد که Otter نمی‌پذیرد، پس Otter این اتصال را قطع کرد.
error-limit-exceeded = سرور یا مخاطب بیش از آنچه Otter یک‌جا می‌پذیرد فرستاد، پس Otter این اتصال را قطع کرد.
error-private-session-required = این پیام در انتظار مکالمهٔ محرمانه است.
error-storage-failed = Otter نتوانست تنظیماتش را روی این رایانه بخواند یا ذخیره کند.
error-timed-out = این کار بیش از حد طول کشید. شاید Tor هنوز در حال راه‌اندازی است، یا شبکه کند است. کمی بعد دوباره امتحان کنید.
error-internal = مشکلی در درون Otter پیش آمد. لطفاً آن را به توسعه‌دهندگان گزارش دهید.

## Keeping a conversation on this computer (off unless the user turns it on)

history-keep-check = نگه‌داشتن این گفتگو
history-keep-tooltip = از این پس پیام‌های این گفتگو در پوشهٔ Otter شما ذخیره می‌شوند. پیام‌های محرمانه (رمزگذاری‌شده) ذخیره نمی‌شوند. به‌طور پیش‌فرض خاموش است: تا آن را روشن نکنید، چیزی ذخیره نمی‌شود.
history-delete-button = حذف پیام‌های ذخیره‌شده
history-delete-tooltip = همهٔ پیام‌های این گفتگو را که روی این رایانه ذخیره شده‌اند حذف کنید
history-deleted = پیام‌های ذخیره‌شده حذف شدند.

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
