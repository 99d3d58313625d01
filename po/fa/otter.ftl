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

## First run: the welcome, shown while there is no account

welcome-title = به { -app-name } خوش آمدید
welcome-intro = { -app-name } فقط از طریق Tor وصل می‌شود. برای شروع گفتگو یک حساب اضافه کنید.
welcome-add-xmpp-button = افزودن یک حساب XMPP موجود
welcome-add-xmpp-tooltip = از قبل یک نشانی XMPP (Jabber) و گذرواژهٔ آن را دارید
welcome-create-xmpp-button = ساختن یک حساب XMPP تازه
welcome-add-irc-button = افزودن یک شبکهٔ IRC
welcome-add-irc-tooltip = در OFTC، Libera.Chat یا شبکهٔ IRC دیگری با نام مستعار ثبت‌شدهٔ خود گفتگو کنید

## Adding an account

account-dialog-xmpp-title = افزودن حساب XMPP
account-dialog-irc-title = افزودن شبکهٔ IRC
account-dialog-add-button = افزودن حساب
account-address-placeholder = نشانی، مانند name@example.org
account-address-tooltip = نشانی XMPP شما
account-nick-placeholder = نام مستعار ثبت‌شدهٔ شما
account-nick-tooltip = نام مستعاری که در این شبکه ثبت کرده‌اید
account-network-tooltip = شبکهٔ IRC
account-network-custom = شبکهٔ دیگر…
account-network-custom-placeholder = سرور، مانند irc.example.org
account-network-custom-tooltip = نام سرور شبکهٔ IRC
account-password-placeholder = گذرواژه
account-password-tooltip = گذرواژهٔ حساب
account-remember-password = به خاطر سپردن گذرواژه
account-remember-password-tooltip = گذرواژه در پوشهٔ Otter شما ذخیره می‌شود تا دوباره آن را ننویسید. در Tails، این کار را فقط وقتی ذخیره‌ساز دائم روشن است انجام دهید. خاموش: هر بار که وصل می‌شوید آن را می‌نویسید.
account-advanced = پیشرفته
account-host-placeholder = اتصال به سرور (اختیاری)
account-host-tooltip = به جای سرورِ درون نشانی، به این سرور وصل شوید
account-port-placeholder = درگاه (اختیاری)
account-port-tooltip = شمارهٔ درگاه روی آن سرور
account-advanced-help = فقط اگر فراهم‌کنندهٔ شما گفته است لازم است. نام از طریق Tor جستجو می‌شود؛ Tor نمی‌تواند رکوردهای DNS SRV را جستجو کند، پس اگر فراهم‌کنندهٔ شما از آن استفاده می‌کند، سرور و درگاه آن را اینجا بنویسید.

## Why an account cannot be added yet: shown under the fields as the user types

account-problem-address-empty = نشانی خود را بنویسید.
account-problem-address-form = نشانی XMPP مانند name@example.org است: یک نام، «@» و سپس سرور.
account-problem-address-spaces = نشانی فاصله ندارد.
account-problem-nick-empty = نام مستعار خود را بنویسید.
account-problem-nick-form = نام مستعار فاصله یا «@» ندارد و با رقم یا «-» شروع نمی‌شود.
account-problem-network-empty = سرور شبکه را بنویسید، مانند irc.example.org.
account-problem-password-empty = گذرواژه را بنویسید.
account-problem-host-form = سرور نامی مانند xmpp.example.org است، بدون فاصله، «/» یا «:».
account-problem-port-form = درگاه عددی از ۱ تا ۶۵۵۳۵ است.
account-problem-irc-password = گذرواژهٔ نام مستعار ثبت‌شدهٔ خود را بنویسید: { -app-name } با آن وارد می‌شود.

## Rooms (group chats): never private

sidebar-rooms-heading = اتاق‌ها
rooms-join-button = پیوستن به یک اتاق…
rooms-join-tooltip = با یکی از حساب‌های XMPP خود به یک گفتگوی گروهی بپیوندید
room-open-tooltip = باز کردن این اتاق (اگر در آن نیستید، به آن می‌پیوندید)
room-join-dialog-title = پیوستن به یک اتاق
room-join-dialog-button = پیوستن به اتاق
room-join-explanation = هیچ چیزی که در یک اتاق گفته شود محرمانه نیست: همهٔ کسانی که در آن هستند، و سرور، همهٔ پیام‌ها را می‌خوانند.
room-account-tooltip = حسابی که با آن می‌پیوندید
room-address-placeholder = نشانی اتاق، مانند { $example }
room-address-tooltip = نشانی اتاق
room-nick-placeholder = نام مستعار شما در اتاق
room-nick-tooltip = نامی که دیگران در اتاق می‌بینند
room-password-placeholder = گذرواژهٔ اتاق (فقط اگر دارد)
room-password-tooltip = گذرواژهٔ اتاق، اگر دارد
room-bookmark-check = ذخیره در اتاق‌های من
room-autojoin-check = هنگام اتصال، خودکار بپیوند
room-problem-address = نشانی اتاق مانند name@conference.example.org است: یک نام، «@» و سپس سرور.
room-problem-nick = نام مستعاری را که می‌خواهید در اتاق به کار ببرید بنویسید.
room-not-private-banner = محرمانه نیست: همهٔ کسانی که در این اتاق هستند، و سرور، می‌توانند همهٔ پیام‌ها را بخوانند. مکالمهٔ محرمانه (OTR) در اتاق‌ها ممکن نیست.
room-warning-address-visible = همهٔ کسانی که در این اتاق هستند می‌توانند نشانی واقعی شما را ببینند.
room-warning-logged = گفتگوهای این اتاق به‌طور عمومی ثبت می‌شود: ممکن است آنچه می‌گویید منتشر شود.
room-warning-created = شما این اتاق را ساختید.
room-warning-nick-changed = اتاق نام مستعار دیگری به شما داد: { $nick }
room-joined-as = شما با نام { $nick } در این اتاق هستید.
room-joining = در حال پیوستن…
room-topic = موضوع: { $topic }
room-topic-none = بدون موضوع
room-topic-set = { $nick } موضوع را تغییر داد: { $topic }
room-occupants-count = { $count ->
    [one] { $count } نفر اینجاست
   *[other] { $count } نفر اینجا هستند
}
room-occupants-tooltip = افراد این اتاق
room-occupant-moderator = { $nick } (مدیر)
room-occupant-participant = { $nick }
room-occupant-visitor = { $nick } (فقط خواندن)
room-message = { $nick }: { $text }
room-message-history = { $nick } (پیش‌تر): { $text }
room-message-from-room = پیام اتاق: { $text }
room-occupant-joined = { $nick } پیوست
room-occupant-left = { $nick } رفت
room-occupant-renamed = { $from } اکنون { $to } است
room-leave-button = ترک اتاق
room-leave-tooltip = این اتاق را ترک کنید؛ بعداً می‌توانید دوباره به آن بپیوندید
room-compose-tooltip = پیامی برای همهٔ کسانی که در اتاق هستند بنویسید
room-left-left = شما اتاق را ترک کردید.
room-left-kicked = یک مدیر شما را از اتاق بیرون کرد.
room-left-banned = شما از این اتاق محروم شده‌اید.
room-left-removed = دیگر اجازهٔ حضور در این اتاق را ندارید.
room-left-shutdown = سرور اتاق خاموش شد.
room-left-destroyed = اتاق بسته شد.
room-left-too-many = این اتاق بیش از آنچه { -app-name } بتواند دنبال کند نفر دارد، پس { -app-name } آن را ترک کرد.
room-left-disconnected = شما بیرون از اتاق هستید: حساب برون‌خط شد.
room-error-nick-in-use = کسی در این اتاق از قبل از این نام مستعار استفاده می‌کند. نام دیگری انتخاب کنید.
room-error-password = این اتاق گذرواژه لازم دارد، یا گذرواژه نادرست بود.
room-error-banned = شما از این اتاق محروم شده‌اید.
room-error-not-found = در این نشانی اتاقی نیست.
room-error-members-only = فقط اعضا می‌توانند به این اتاق بپیوندند.
room-error-full = این اتاق پر است.
room-error-creation-refused = سرور اجازه نمی‌دهد این اتاق را بسازید.
room-error-nick-refused = اتاق این نام مستعار را نمی‌پذیرد. نام دیگری انتخاب کنید.
room-error-message-refused = اتاق پیام شما را نپذیرفت: شاید اجازهٔ صحبت در آنجا را نداشته باشید.
room-error-other = اتاق نپذیرفت: { $condition }
room-problem = { $room }: { $error }
room-topic-button = تغییر موضوع…
room-topic-button-tooltip = به این اتاق موضوع دیگری بدهید که همهٔ حاضران می‌بینند
room-topic-dialog-title = موضوع { $room }
room-topic-entry = موضوع تازه (خالی: بدون موضوع)
room-topic-entry-tooltip = موضوعی که همه در اتاق می‌بینند
room-topic-dialog-button = تعیین موضوع
room-nick-button = تغییر نام مستعار…
room-nick-button-tooltip = با نام مستعار دیگری در این اتاق ظاهر شوید
room-nick-dialog-title = نام مستعار شما در { $room }
room-nick-irc-explanation = در IRC نام مستعار شما متعلق به کل شبکه است: در همهٔ کانال‌های این حساب تغییر می‌کند.
room-nick-dialog-button = استفاده از این نام مستعار
room-invite-button = دعوت…
room-invite-button-tooltip = کسی را به این اتاق دعوت کنید
room-invite-dialog-title = دعوت کسی به { $room }
room-invite-address = نشانی او، مانند name@example.org
room-invite-address-tooltip = نشانی کسی که دعوت می‌کنید
room-reason-entry = دلیل (اختیاری)
room-invite-reason-tooltip = چند کلمه که همراه دعوت فرستاده می‌شود
room-invite-dialog-button = فرستادن دعوت
room-invite-problem-address = نشانی این‌گونه است: name@example.org، یعنی یک نام، «@» و سپس کارساز.
room-invite-sent = دعوت برای { $address } فرستاده شد.
room-occupant-actions = کارها برای { $nick }
room-action-kick = بیرون کردن از اتاق
room-action-ban = محروم کردن از اتاق
room-action-grant-voice = اجازهٔ سخن گفتن
room-action-revoke-voice = گرفتن اجازهٔ سخن گفتن
room-action-grant-moderator = مدیر کردن
room-action-revoke-moderator = برداشتن از مدیری
room-kick-dialog-title = { $nick } از اتاق بیرون شود؟
room-kick-explanation = می‌تواند برگردد. همه در اتاق می‌بینند که شما او را بیرون کردید، و دلیلتان را.
room-kick-button = بیرون کردن
room-ban-dialog-title = { $nick } از اتاق محروم شود؟
room-ban-explanation = تا یک مدیر کل محرومیت را برندارد، نمی‌تواند برگردد. همه در اتاق می‌بینند که شما او را محروم کردید، و دلیلتان را.
room-ban-button = محروم کردن
room-moderation-reason-tooltip = چرا: همه در اتاق آن را می‌بینند
room-occupant-now-moderator = { $nick } اکنون مدیر است.
room-occupant-now-participant = { $nick } می‌تواند سخن بگوید.
room-occupant-now-visitor = { $nick } اکنون فقط می‌تواند بخواند.
room-occupant-kicked = { $nick } از اتاق بیرون شد.
room-occupant-banned = { $nick } از اتاق محروم شد.
room-refused-configure = اتاق تنظیمات پیش‌فرضش را نپذیرفت، پس برای دیگران بسته می‌ماند.
room-refused-kick = اتاق اجازه نداد آن شخص را بیرون کنید.
room-refused-ban = اتاق اجازه نداد آن شخص را محروم کنید.
room-refused-voice = اتاق اجازه نداد تغییر دهید چه کسی سخن بگوید.
room-refused-moderator = اتاق اجازه نداد تغییر دهید چه کسی مدیر باشد.
room-refused-invite = اتاق دعوت شما را نرساند.
room-refused-destroy = اتاق اجازه نداد آن را ببندید.
room-refused-subject = اتاق اجازه نداد موضوع را تغییر دهید.
room-refused-configuration = اتاق اجازه نداد تنظیماتش را ببینید یا تغییر دهید.
room-refused-rights = شما اینجا اجازهٔ این کار را ندارید.
room-refused-later = کمی بعد دوباره امتحان کنید.
room-refused-condition = پاسخ اتاق: { $condition }
rooms-channels-button = کانال‌های IRC…
rooms-channels-tooltip = در کانال‌های یک شبکهٔ IRC که به آن وصل هستید جست‌وجو کنید و به یکی بپیوندید
room-channels-dialog-title = کانال‌های IRC
room-channels-explanation = هیچ‌چیزی که در کانال گفته می‌شود محرمانه نیست: همهٔ حاضران و خود شبکه هر پیامی را می‌خوانند.
room-channels-network-tooltip = شبکهٔ IRC برای جست‌وجو
room-channels-search-placeholder = بخشی از نام کانال (خالی: همه)
room-channels-search-tooltip = جست‌وجوی کانال‌های شبکه بر اساس نام
room-channels-search-button = جست‌وجو
room-channels-no-network = نخست به یک شبکهٔ IRC وصل شوید: کانال‌هایش از راه آن فهرست می‌شوند.
room-channels-searching = در حال پرسیدن از شبکه…
room-channels-count = { $count } کانال پیدا شد.
room-channels-truncated = کانال‌های مطابق بیش از آن است که بتوان نشان داد؛ این‌ها { $count } کانال نخست‌اند. برای محدود کردن جست‌وجو، بخش بیشتری از نام را بنویسید.
room-channels-row = { $room } ({ $people } نفر): { $topic }
room-channels-join-button = پیوستن
room-channels-join = پیوستن به { $room }

## Preferences (Ctrl+comma)

prefs-title = ترجیحات
prefs-button = ترجیحات
prefs-button-tooltip = تنظیمات حریم خصوصی و گفتگوهای ذخیره‌شده
prefs-require-private = الزام مکالمهٔ محرمانه با همه
prefs-require-private-explanation = وقتی روشن است، هیچ پیامی رمزگذاری‌نشده برای مخاطب فرستاده نمی‌شود: پیام تا برقراری مکالمهٔ محرمانه (OTR) منتظر می‌ماند. اتاق‌ها هرگز محرمانه نیستند و این گزینه آن‌ها را تغییر نمی‌دهد.
prefs-require-private-unknown = نیمه‌انتخاب: این پنجره نمی‌داند آیا این گزینه را در نشستی پیشین روشن کرده‌اید یا نه. روشن یا خاموش را انتخاب کنید.
prefs-delete-all-button = حذف همهٔ گفتگوهای ذخیره‌شده
prefs-delete-all-tooltip = همهٔ پیام‌های ذخیره‌شده روی این رایانه را، از همهٔ گفتگوها، حذف کنید
prefs-delete-all-confirm-title = همهٔ گفتگوهای ذخیره‌شده حذف شوند؟
prefs-delete-all-confirm-body = همهٔ پیام‌های ذخیره‌شده روی این رایانه حذف می‌شوند. این کار بازگشت‌پذیر نیست.
prefs-delete-all-confirm-button = حذف همه
prefs-language = زبان
prefs-language-system = همانند سیستم
prefs-language-next-start = { -app-name } از دفعهٔ بعد که اجرا شود این زبان را به کار می‌برد.
dialog-close = بستن

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
privacy-device = مکالمهٔ محرمانه با دستگاه «{ $device }» مخاطب شما. فقط همان دستگاه می‌تواند پیام‌های شما را بخواند.

key-generation-started = در حال ساختن کلید خصوصی شما برای { $account }… مکالمه‌های محرمانهٔ این حساب وقتی کلید آماده شد آغاز می‌شوند.
key-generation-finished = کلید خصوصی شما برای { $account } آماده است.
key-generation-failed = کلید خصوصی شما برای { $account } ساخته نشد، پس هیچ مکالمهٔ محرمانه‌ای نمی‌تواند آغاز شود. پیام‌های در انتظار فرستاده نمی‌شوند؛ در مکالمهٔ محرمانهٔ بعدی دوباره تلاش می‌شود.

## Writing a message, under the conversation

compose-placeholder = پیام
compose-tooltip = پیامی بنویسید
compose-send-button = فرستادن

## Messages in a conversation

message-received = { $peer }: { $text }
message-received-not-private = هشدار: { $peer } پیام بالا را بدون رمزگذاری فرستاد، با این‌که این مکالمه باید محرمانه باشد. این پیام محرمانه نبود: سرور می‌توانست آن را بخواند.
message-own = من: { $text }
message-own-waiting = من: { $text } (در انتظار مکالمهٔ محرمانه)
message-own-held-ended = من: { $text } (فرستاده نشد: مخاطب شما مکالمهٔ محرمانه را پایان داد)
message-own-held-compromised = من: { $text } (فرستاده نشد: کلید مخاطب شما به‌عنوان به خطر افتاده علامت خورده است)
message-own-held-offline = من: { $text } (فرستاده نشد: حساب برون‌خط است)
message-own-failed = من: { $text } (فرستاده نشد)
message-own-discarded = من: { $text } (دور ریخته شد، فرستاده نشد)

## The conversation pane: days, delivery, failed messages, clearing the window

day-today = امروز
day-yesterday = دیروز
delivery-waiting = در انتظار
delivery-waiting-tooltip = هنوز فرستاده نشده: به محض امکان فرستاده می‌شود (مثلاً وقتی مکالمه محرمانه شد).
delivery-sent = فرستاده شد
delivery-sent-tooltip = فرستاده شد: از این رایانه خارج شد.
delivery-delivered = رسید
delivery-delivered-tooltip = رسید: دستگاه مخاطب شما آن را دریافت کرد.
delivery-failed = فرستاده نشد
delivery-failed-tooltip = فرستاده نشد. «تلاش دوباره» آن را دوباره می‌فرستد؛ «دور ریختن» آن را برمی‌دارد.
message-retry-button = تلاش دوباره
message-retry-tooltip = این پیام را دوباره بفرست
message-discard-button = دور ریختن
message-discard-tooltip = این پیام را بردار: فرستاده نشد
conversation-menu-button = بیشتر
conversation-menu-tooltip = کارهای بیشتر برای این مکالمه
scrollback-clear-button = پاک کردن پنجره
scrollback-clear-tooltip = پیام‌های نمایش‌داده‌شده در این مکالمه را برمی‌دارد. پیام‌های ذخیره‌شده در این رایانه حذف نمی‌شوند.
scrollback-cleared = پنجره پاک شد. پیام‌های ذخیره‌شده در این رایانه حذف نشدند.

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

## A profile Otter cannot open

profile-problem-title = Otter نمی‌تواند تنظیمات شما را باز کند
profile-damaged-explanation = پرونده‌ای در { $folder } که Otter حساب‌ها، مخاطبان و کلیدهای مورد اعتماد شما را در آن نگه می‌دارد آسیب دیده است.
profile-newer-explanation = پرونده‌ای در { $folder } که Otter حساب‌ها، مخاطبان و کلیدهای مورد اعتماد شما را در آن نگه می‌دارد با نسخهٔ جدیدتری از Otter نوشته شده که این نسخه نمی‌تواند آن را بخواند.
profile-set-aside-explanation = Otter می‌تواند آن را همراه با کلیدهای خصوصی و هر تاریخچهٔ ذخیره‌شده به پوشه‌ای تازه درون همان پوشه منتقل کند و بدون هیچ حسابی شروع کند. چیزی پاک نمی‌شود.
profile-set-aside-button = منتقل کن و بدون حساب شروع کن
profile-quit-button = خروج

## Unread messages and notifications

sidebar-contact-unread = { $name }، { $count ->
    [one] { $count } پیام خوانده‌نشده
   *[other] { $count } پیام خوانده‌نشده
}
notification-new-message = پیام تازه
notification-new-message-from = پیام تازه از { $name }
prefs-notify-sender = نشان دادن فرستنده در اعلان‌ها
prefs-notify-sender-explanation = وقتی خاموش است، اعلان فقط می‌گوید «پیام تازه»، تا کسی که صفحهٔ شما را می‌بیند نفهمد چه کسی نوشته است. متن خود پیام هرگز در اعلان نشان داده نمی‌شود.

## Links in messages: asked before anything opens outside Otter

link-open-title = این پیوند بیرون از Otter باز شود؟
link-open-body = { $address } در مرورگر وب شما، بیرون از Otter، باز می‌شود. ممکن است مرورگر از طریق Tor وصل نشود، و وب‌سایت می‌فهمد که کسی پیوند را باز کرده است.
link-open-button = باز کردن پیوند

## Creating an XMPP account on its server (in-band registration)

welcome-create-xmpp-tooltip = ساختن حساب تازه روی یک سرور XMPP، از طریق Tor
account-dialog-create-title = ساختن حساب XMPP
account-dialog-create-button = ساختن حساب
account-random-name-button = نام تصادفی
account-random-name-tooltip = یک نام ساختگی که چیزی دربارهٔ شما نمی‌گوید می‌نویسد، برای یک حساب یک‌بارمصرف
account-password-repeat-placeholder = تکرار گذرواژه
account-password-repeat-tooltip = برای اطمینان، گذرواژه را دوباره بنویسید
account-problem-password-mismatch = دو گذرواژه یکی نیستند.
registration-started = در حال ساختن { $address } روی سرورش از طریق Tor…
registration-succeeded = { $address } ساخته و افزوده شد.
registration-name-taken = این نام روی این سرور گرفته شده است: نام دیگری برگزینید.
registration-not-acceptable = سرور این نام یا این گذرواژه را نمی‌پذیرد.
registration-closed = این سرور اجازه نمی‌دهد از اینجا حساب ساخته شود. حساب را در وب‌سایت سرور (در مرورگر Tor) بسازید، سپس آن را اضافه کنید.
registration-too-many = اخیراً حساب‌های زیادی از این خروجی Tor ساخته شده است. بعداً دوباره امتحان کنید.
registration-cannot-show-form = سرور چیزی می‌خواهد که Otter نمی‌تواند نشان دهد (مانند تصویری برای خواندن). حساب را در وب‌سایت سرور (در مرورگر Tor) بسازید، سپس آن را اضافه کنید.
registration-not-saved = حساب ساخته شد، اما Otter نتوانست آن را ذخیره کند: آن را با «افزودن حساب XMPP موجود» اضافه کنید.
registration-failed = ساختن { $address } ممکن نشد: { $reason }

## Presence and requests

sidebar-status-label = وضعیت شما
presence-available = در دسترس
presence-away = دور از رایانه
presence-busy = مشغول
presence-offline = برون‌خط
contact-request = { $peer } می‌خواهد شما را به مخاطبانش اضافه کند و ببیند چه زمانی برخط هستید.
contact-request-accept = پذیرفتن
contact-request-refuse = رد کردن
room-invitation = { $from } شما را به اتاق { $room } دعوت می‌کند.
room-invitation-unknown = شما به اتاق { $room } دعوت شده‌اید.
room-invitation-join = پیوستن
room-invitation-ignore = نادیده گرفتن

## The password prompt

password-prompt-title = گذرواژهٔ { $address }
password-prompt-body = گذرواژهٔ { $address } را بنویسید. Otter آن را فقط تا زمان بسته شدن نگه می‌دارد و ذخیره نمی‌کند.

## Verification under way

verification-in-progress = در حال تأیید مخاطب شما…
verification-stop-button = توقف تأیید

## How far a sent message got

message-state-server = { $security } سرور آن را دریافت کرد.
message-state-delivered = { $security } به دستگاه مخاطب شما رسید.
message-own-elsewhere = من، از دستگاهی دیگر: { $text }

## فرمان‌های جعبهٔ نوشتن (خطی که با «/» شروع می‌شود)

command-unknown = { $command } فرمانی نیست که Otter بشناسد. چیزی فرستاده نشد. برای فرستادن خطی که با «/» شروع می‌شود، آن را با «//» شروع کنید.
command-unsupported = { $command } هنوز اینجا در دسترس نیست. چیزی فرستاده نشد.
command-incomplete = { $command } به کلمه‌های بیشتری نیاز دارد، برای نمونه: { $example }. چیزی فرستاده نشد.
command-room-only = { $command } فقط در یک اتاق کار می‌کند. چیزی فرستاده نشد.

## اعلان‌های در حال نوشتن

typing-notice = { $peer } در حال نوشتن است…
prefs-share-typing = هم‌رسانی اعلان‌های در حال نوشتن
prefs-send-receipts = فرستادن رسید تحویل
prefs-activity-explanation = اعلان‌های در حال نوشتن به مخاطبانتان می‌گویند کی برایشان می‌نویسید؛ رسیدهای تحویل می‌گویند پیام‌هایشان کی به این رایانه رسید. هر دو نشان می‌دهند کی پشت صفحه‌کلید هستید. تا وقتی روشنشان نکنید خاموش‌اند. اتاق‌ها هرگز آن‌ها را دریافت نمی‌کنند.

## جابه‌جایی سریع (Ctrl+K)

switcher-title = رفتن به یک گفت‌وگو
switcher-search-placeholder = نام یا نشانی
switcher-search-tooltip = بخشی از نام یا نشانی یک مخاطب، اتاق یا کانال را بنویسید و سپس Enter را بزنید
switcher-row = { $name } ({ $address })
switcher-nothing = چیزی پیدا نشد.

## ویرایش حساب

account-edit-button = ویرایش
account-edit-tooltip = تغییر سرور، درگاه، رمزنگاری یا گذرواژهٔ ذخیره‌شدهٔ { $address }
account-edit-title = ویرایش { $address }
account-edit-save = ذخیرهٔ تغییرات
account-direct-tls = استفاده از TLS از همان آغاز (TLS مستقیم)
account-direct-tls-tooltip = فقط اگر فراهم‌کنندهٔ شما XMPP را روی یک درگاه TLS، معمولاً ۵۲۲۳، ارائه می‌دهد. در غیر این صورت Otter ‏TLS را روی درگاه معمول آغاز می‌کند (STARTTLS). در هر دو حالت اتصال رمزنگاری‌شده است.
account-edit-password-remembered = Otter گذرواژهٔ این حساب را ذخیره می‌کند.
account-edit-password-not-remembered = Otter گذرواژهٔ این حساب را ذخیره نمی‌کند و در هر بار اجرا آن را می‌پرسد.
account-edit-password-keep = همین‌طور بماند
account-edit-password-forget = فراموش کردن گذرواژه
account-edit-password-remember = ذخیرهٔ یک گذرواژه
account-edit-password-tooltip = گذرواژه‌ای که برای این حساب ذخیره می‌شود

## Copy buttons and an IRC account's client certificate

copy-button = رونوشت
copy-done = رونوشت شد
verify-copy-own-tooltip = رونوشت از اثر انگشت شما
verify-copy-contact-tooltip = رونوشت از اثر انگشت مخاطب شما
client-certificate-button = گواهی کاربر…
client-certificate-button-tooltip = ورود به این شبکه با یک گواهی به‌جای گذرواژهٔ شما
client-certificate-title = گواهی کاربر برای { $address }
client-certificate-explanation = Otter برای این حساب یک گواهی ساخته و آن را کنار تنظیمات شما نگه می‌دارد. یک بار، وقتی با گذرواژهٔ خود وارد شده‌اید، آن را نزد خدمات شبکه ثبت کنید: فرمان زیر را برایشان بفرستید (آن را در هر گفت‌وگویی در این شبکه جای‌گذاری کنید).
client-certificate-fingerprint = اثر انگشت (SHA-256): { $fingerprint }
client-certificate-command = فرمان: { $command }
client-certificate-copy-fingerprint = رونوشت از اثر انگشت گواهی
client-certificate-copy-command = رونوشت از فرمان
client-certificate-after = از اتصال بعدی به بعد، Otter با گواهی وارد می‌شود (SASL EXTERNAL) و نیازی به فرستادن گذرواژهٔ شما ندارد. هر کس رونوشتی از پوشهٔ تنظیمات Otter داشته باشد می‌تواند به نام شما وارد شود: مانند گذرواژه‌تان از آن محافظت کنید.

## گروه‌های مخاطبان

contacts-group-none = مخاطبان دیگر
contact-group-menu = انتقال به گروه…
contact-group-menu-tooltip = این مخاطب را در یکی از گروه‌های فهرست مخاطبانتان بگذارید
contact-group-title = انتقال به یک گروه
contact-group-explanation = برای { $name } گروهی انتخاب کنید: نامش را بنویسید یا یکی از گروه‌های زیر را برگزینید. برای بدون گروه، خالی بگذارید. برنامه‌های XMPP دیگر شما همین گروه‌ها را نشان می‌دهند.
contact-group-label = گروه
contact-group-placeholder = بدون گروه
contact-group-tooltip = نام گروه، تازه یا موجود
contact-group-known = گروه‌های شما
contact-group-move = انتقال
contact-group-not-listed = فقط مخاطبانی که در فهرست مخاطبان یک حساب XMPP هستند را می‌توان در گروه گذاشت.

## The proxy (preferences)

prefs-proxy-expander = پراکسی (پیشرفته)
prefs-proxy-explanation = Otter فقط از راه درگاه SOCKS ‏Tor وصل می‌شود. تا وقتی اینجا آن را تغییر ندهید، این درگاه 127.0.0.1:9050 است که Tor ‏Tails روی آن گوش می‌دهد؛ Tor خودِ مرورگر Tor روی 127.0.0.1:9150 گوش می‌دهد. یک نشانی IP و یک درگاه وارد کنید: Otter هرگز نامی را بیرون از Tor جست‌وجو نمی‌کند.
prefs-proxy-in-use = Otter از راه { $address } وصل می‌شود.
prefs-proxy-fixed = در این اجرا Otter از راه { $address } وصل می‌شود که هنگام آغاز داده شده است. پراکسی ذخیره‌شده در اینجا از آغاز بعدیِ بدون آن به کار می‌رود.
prefs-proxy-placeholder = 127.0.0.1:9050
prefs-proxy-tooltip = نشانی IP و درگاه پراکسی SOCKS5 ‏(Tor)
prefs-proxy-use-button = استفاده از این پراکسی
prefs-proxy-default-button = بازگشت به 127.0.0.1:9050
prefs-proxy-invalid = یک نشانی IP و یک درگاه وارد کنید، مانند 127.0.0.1:9150.
prefs-proxy-reconnect = حساب‌هایی که اکنون وصل هستند تا اتصال دوباره، اتصال خود را نگه می‌دارند.

## Room settings (the room's configuration form) and destroying a room

room-create-heading = اگر این کار اتاق تازه‌ای بسازد:
room-create-defaults = پیکربندی پیش‌فرض را بپذیر
room-create-defaults-tooltip = اتاق تازه بی‌درنگ با تنظیمات معمول سرور باز می‌شود
room-create-configure = پیکربندی اتاق…
room-create-configure-tooltip = Otter اول تنظیمات اتاق تازه را نشان می‌دهد؛ تا آن‌ها را ذخیره نکنید کس دیگری نمی‌تواند وارد شود
room-settings-button = تنظیمات اتاق…
room-settings-button-tooltip = تنظیمات این اتاق را ببینید و تغییر دهید (مالک آن شمایید)
room-form-title = تنظیمات { $room }
room-form-save = ذخیرهٔ تنظیمات
room-form-new-room = این اتاق تازه است: تا تنظیماتش را ذخیره نکنید کس دیگری نمی‌تواند وارد شود. «لغو» اتاق را حذف می‌کند.
room-form-required = (الزامی)
room-form-not-set = تعیین نشده
room-form-left-out = تنظیماتی که این‌جا نشان داده نمی‌شوند: { $count }. مقدارشان همان می‌ماند.
room-form-problem-required = پر کنید: { $name }
room-form-problem-address = نشانی نیست (name@server، هر سطر یکی): { $name }
room-form-saved = اتاق تنظیمات تازه‌اش را پذیرفت.
room-destroy-tool-button = نابود کردن اتاق…
room-destroy-tool-tooltip = همه را از این اتاق بیرون کنید و آن را حذف کنید (مالک آن شمایید)
room-destroy-dialog-title = { $room } نابود شود؟
room-destroy-explanation = همهٔ کسانی که در اتاق‌اند بیرون می‌روند و اتاق از بین می‌رود: نامش دوباره برای هر کسی آزاد می‌شود. این کار برگشت‌پذیر نیست.
room-destroy-reason-tooltip = دلیل: همه در اتاق هنگام بیرون رفتن آن را می‌بینند
room-destroy-button = نابود کردن اتاق
room-left-destroyed-moved = اتاق بسته شد. از کسانی که در آن بودند خواسته شد به جایش به { $room } بروند.

## IRC in the window: networks without a password, channels by name, invitations
account-irc-no-password = بدون گذرواژه: { -app-name } فقط با نام مستعار وصل می‌شود، بدون ورود به حساب
account-irc-no-password-tooltip = برای شبکه‌ای بدون حساب، یا نام مستعاری که هرگز ثبت نکرده‌اید. نام مستعاری که پیش‌تر وارد شده است هرگز بدون گذرواژه‌اش به کار نمی‌رود.
room-join-connect-first = نخست یک حساب XMPP یا یک شبکهٔ IRC را وصل کنید: ورود به اتاق‌ها و کانال‌ها از راه آن است.
room-channel-placeholder = کانال، مانند #otter
room-channel-tooltip = نام کانال در این شبکه، که با # آغاز می‌شود
room-key-placeholder = کلید کانال (فقط اگر داشته باشد)
room-key-tooltip = کلید کانال، اگر داشته باشد
room-problem-channel = نام کانال با # (یا &) آغاز می‌شود و فاصله یا ویرگول ندارد، مانند #otter.
room-invite-nick = نام مستعار او
room-invite-nick-tooltip = نام مستعار کسی که دعوت می‌کنید
room-invite-problem-nick = نام مستعار او را بنویسید: بدون فاصله، و نه با رقم یا # در آغاز.
error-irc-login-needed = این نام مستعار پیش‌تر وارد شده است، پس { -app-name } آن را فقط با گذرواژه‌اش وصل می‌کند.

## The join dialog: the account's room service

room-service-line = اتاق‌های این سرور: { $service }
room-service-copy-tooltip = رونوشت از نشانی خدمت اتاق‌های این سرور

## IRC: ‏NickServ به‌عنوان ورود جایگزین
account-irc-nickserv-fallback = شناسایی نزد NickServ وقتی شبکه SASL ندارد
account-irc-nickserv-fallback-help = فقط برای شبکه‌ای بدون SASL. ‏SASL امن‌تر است: پیش از آنکه نام مستعار شما دیده شود وارد می‌شوید و گذرواژه فقط به سرور می‌رسد. با NickServ، نام مستعار شما پیش از شناسایی دیده می‌شود و گذرواژه به هر کسی می‌رسد که به نام NickServ پاسخ دهد. وقتی شبکه SASL ارائه کند هرگز به کار نمی‌رود.

## IRC: سرویس پیازی بدون TLS، فقط با اجازهٔ شما
account-irc-onion-plaintext = اتصال بدون TLS (فقط سرویس‌های پیازی)
account-irc-onion-plaintext-warning = این سرویس پیازی از TLS استفاده نمی‌کند: Tor اتصال به آن را رمزگذاری می‌کند، اما هویت سرور فقط نشانی ‎.onion آن است. فقط برای شبکه‌ای که سرویس پیازی‌اش بدون TLS کار می‌کند؛ در این صورت گذرواژهٔ شما از همین اتصال فرستاده می‌شود.
account-problem-plaintext-not-onion = اتصال بدون TLS فقط برای سرویس پیازی است: نام سرور باید به ‎.onion ختم شود.

## Temporary XMPP accounts (SASL ANONYMOUS)

account-temporary = حساب موقت (بدون گذرواژه؛ نشانی تصادفی تازه در هر اتصال)
account-temporary-help = برای سرورهایی که اجازه می‌دهند: سرور در هر بار اتصال نشانی تازه‌ای به شما می‌دهد و هنگام قطع اتصال آن را همراه با مخاطبانش فراموش می‌کند.
account-temporary-server-placeholder = سرور، مانند example.org
account-temporary-server-tooltip = نام سروری که حساب موقت را می‌پذیرد
account-problem-temporary-server = فقط نام سرور را بنویسید، مانند example.org.
account-status-online-as = برخط با نشانی { $address }
error-temporary-not-allowed = این سرور حساب موقت را نمی‌پذیرد.

## IRCv3: جدا شدن و پیوستن دوبارهٔ سرورها، رد شدن از سوی سرور، دعوت‌های دیده‌شده در کانال

room-netsplit = { $count ->
    [one] { $count } نفر رفت: جدا شدن { $first } و { $second }
   *[other] { $count } نفر رفتند: جدا شدن { $first } و { $second }
}
room-netjoin = { $count ->
    [one] { $count } نفر برگشت
   *[other] { $count } نفر برگشتند
}
server-refused = سرور { $command } را نپذیرفت: { $description }
room-invited-other = { $by } { $nick } را دعوت کرد

## IRC commands in the composer: /whois and /mode

whois-user = { $nick } یعنی { $mask }
whois-not-found = اکنون کسی در این شبکه از نام مستعار { $nick } استفاده نمی‌کند.
whois-realname = نام واقعی: { $name }
whois-account = وارد شده با حساب { $account }
whois-channels = کانال‌ها: { $channels }
whois-channels-truncated = کانال‌ها ({ $count } تای نخست): { $channels }
whois-server = سرور: { $server }
whois-idle = بیکار از { $seconds } ثانیه پیش
whois-away = دور: { $message }
whois-secure = با TLS به سرور خود وصل است
room-modes = حالت‌های کانال: { $modes }
room-bans-none = هیچ‌کس از { $room } محروم نشده است.
room-bans-count = محرومیت‌ها در { $room }: { $count }
room-bans-entry = { $mask }، گذاشته‌شده توسط { $by }
room-bans-truncated = فهرست بلندتر است؛ فقط { $count } تای نخست نشان داده می‌شود.
room-refused-modes = کانال اجازه نداد حالت‌هایش را تغییر دهید: فقط گردانندگانش می‌توانند.

## IRC command /raw: one line as typed, after a confirmation

command-raw-control = خطی برای /raw نمی‌تواند شکست خط یا NUL داشته باشد: به دو فرمان تبدیل می‌شود. چیزی فرستاده نشد.
command-raw-too-long = خطی برای /raw حداکثر می‌تواند ۵۱۰ بایت باشد. چیزی فرستاده نشد.
command-raw-private = /raw پیام یا اعلان به یک نفر نمی‌فرستد: این کار مکالمهٔ محرمانه (OTR) را دور می‌زند. به‌جای آن در مکالمه با او بنویسید. چیزی فرستاده نشد.
command-raw-prefixed = خطی برای /raw با فرمان آغاز می‌شود، نه با @ یا :. چیزی فرستاده نشد.
raw-confirm-title = خط‌ها بدون بررسی فرستاده شوند؟
raw-confirm-body = /raw آنچه را نوشته‌اید دقیقاً همان‌طور به شبکهٔ IRC می‌فرستد. { -app-name } بررسی نمی‌کند که چه می‌کند: فرمانی نادرست می‌تواند حساب یا کانال‌هایتان را تغییر دهد یا بیش از آنچه می‌خواستید به شبکه بگوید. پیام‌ها به افراد همچنان فقط از مکالمه با آنها می‌روند. تا وقتی برنامه را نبسته‌اید، خط‌های /raw بدون پرسش دوباره فرستاده می‌شوند.
raw-confirm-button = فرستادن بدون بررسی

## IRC: someone changes a channel's modes

room-mode-op-given = { $by } { $nick } را گرداننده‌ی کانال می‌کند.
room-mode-op-taken = { $by } { $nick } را از گردانندگی کانال برمی‌دارد.
room-mode-voice-given = { $by } به { $nick } اجازه‌ی صحبت می‌دهد (voice).
room-mode-voice-taken = { $by } { $nick } را از صحبت منع می‌کند (voice برداشته شد).
room-mode-ban = { $by } { $mask } را مسدود می‌کند.
room-mode-unban = { $by } مسدودیت { $mask } را برمی‌دارد.
room-mode-set = { $by } حالت { $modes } را تنظیم می‌کند
room-mode-set-more = { $by } حالت { $modes } و { $count } مورد دیگر را تنظیم می‌کند
room-mode-by-server = سرور

## IRC command /who

who-count = { $target }: { $count } نفر
who-none = اکنون در این شبکه کسی با { $target } جور نیست.
who-person = { $nick } ({ $mask }) { $name }
who-person-away = { $nick } ({ $mask }، دور از دسترس) { $name }
who-truncated = فهرست بلندتر است؛ فقط { $count } مورد اول نشان داده می‌شود.
