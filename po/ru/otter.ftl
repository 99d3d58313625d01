# Интерфейс Otter на русском языке.
# Источник: po/en-US/otter.ftl (там указания для переводчиков).
# Термины: po/GLOSSARY.md. Обращение на «вы».

## Terms

-app-name = Otter

## The window

window-title = { -app-name }
window-title-conversation = { -app-name } — { $peer }

## Tor status line, at the top of the window

tor-status-checking = Проверка, работает ли Tor…
tor-status-ready = Подключено к Tor. Все соединения идут через Tor, у каждой учётной записи своя цепочка.
tor-status-not-isolating = Подключено к SOCKS-прокси, который не разделяет учётные записи: возможно, это не Tor.

## Sidebar: accounts and contacts

sidebar-accounts-heading = Учётные записи
sidebar-contacts-heading = Контакты
sidebar-open-address-placeholder = Написать… (адрес XMPP или ник IRC)
sidebar-open-address-tooltip = Адрес контакта, которому вы хотите написать
sidebar-contact-with-name = { $name } ({ $address })

## One row per account in the sidebar

account-connect-button = Подключить
account-disconnect-button = Отключить
account-connect-tooltip = Подключить { $address } через Tor
account-status-offline = Не в сети
account-status-connecting = Подключение через Tor…
account-status-online = В сети
account-status-failed = Не подключено: { $reason }

## Importing from Pidgin

pidgin-import-button = Импорт из Pidgin
pidgin-import-button-tooltip = Перенести учётные записи, контакты, групповые чаты и ключи OTR из Pidgin (папка { $directory })
pidgin-import-dialog-title = Импорт из Pidgin
pidgin-import-dialog-body = Otter перенесёт ваши учётные записи, контакты, групповые чаты, ключи OTR и подтверждённые контакты. Pidgin мог сохранить и пароли: переносите их, только если хранилище этого компьютера зашифровано (в Tails — Постоянное хранилище). Журналы разговоров Pidgin не копируются: Otter не ведёт журналов, если вы сами этого не попросите.
pidgin-import-without-passwords = Импортировать без паролей
pidgin-import-with-passwords = Импортировать с паролями
pidgin-imported =
    Импорт из Pidgin: { $accounts ->
        [one] { $accounts } учётная запись
        [few] { $accounts } учётные записи
        [many] { $accounts } учётных записей
       *[other] { $accounts } учётной записи
    } (уже были в Otter: { $skipped }), { $contacts ->
        [one] { $contacts } контакт
        [few] { $contacts } контакта
        [many] { $contacts } контактов
       *[other] { $contacts } контакта
    }, { $rooms ->
        [one] { $rooms } групповой чат
        [few] { $rooms } групповых чата
        [many] { $rooms } групповых чатов
       *[other] { $rooms } группового чата
    }.

## Dialog buttons shared by several dialogs

dialog-cancel = Отмена

## The conversation pane

conversation-none-open = Нет открытого разговора
conversation-title = Разговор с { $peer }
conversation-start-private-button = Начать защищённый разговор
conversation-end-private-button = Завершить защищённый разговор
conversation-verify-button = Подтвердить контакт
conversation-verify-button-tooltip = Убедитесь, что говорите с нужным человеком: задайте вопрос, на который может ответить только он, или проверьте заранее условленный секрет
conversation-key-changed = Внимание: { $peer } использует другой ключ, не тот, который вы подтвердили. Это может быть новое устройство — или другой человек. Снова подтвердите контакт, прежде чем писать что-либо личное.

## What is private: the line above the messages. It must never say more than is true.

privacy-not-private = Не защищено: сообщения в этом разговоре не зашифрованы сквозным шифрованием. Сервер может их читать.
privacy-private-unverified = Защищено, но не подтверждено: сообщения зашифрованы (OTR), но вы не подтвердили, кто ваш собеседник.
privacy-private-verified = Защищено и подтверждено: сообщения зашифрованы (OTR), и вы подтвердили собеседника.
privacy-finished = Собеседник завершил защищённый разговор. Ничего из того, что вы пишете, не будет отправлено, пока вы тоже не завершите его или не начнёте новый.
privacy-compromised = Опасно: вы отметили ключ собеседника как скомпрометированный. Ничего из того, что вы пишете, не отправляется. Завершите этот разговор и снова подтвердите собеседника.
privacy-device = Защищённый разговор с устройством «{ $device }» вашего собеседника. Только это устройство может прочитать ваши сообщения.

key-generation-started = Создаётся ваш закрытый ключ для { $account }… Защищённые разговоры этой учётной записи начнутся, когда он будет готов.
key-generation-finished = Ваш закрытый ключ для { $account } готов.
key-generation-failed = Не удалось создать ваш закрытый ключ для { $account }, поэтому защищённый разговор не может начаться. Ожидающие сообщения не отправлены; попытка повторится при следующем защищённом разговоре.

## Writing a message, under the conversation

compose-placeholder = Сообщение
compose-tooltip = Введите сообщение
compose-send-button = Отправить

## Messages in a conversation

message-received = { $peer }: { $text }
message-received-not-private = Внимание: сообщение выше от { $peer } пришло незашифрованным, хотя этот разговор должен быть защищённым. Оно не было защищено: сервер мог его прочитать.
message-own = я: { $text }
message-own-waiting = я: { $text } (ожидает защищённого разговора)
message-own-held-ended = я: { $text } (не отправлено: собеседник завершил защищённый разговор)
message-own-held-compromised = я: { $text } (не отправлено: ключ собеседника отмечен как скомпрометированный)
message-own-held-offline = я: { $text } (не отправлено: учётная запись не в сети)
message-own-failed = я: { $text } (не отправлено)
message-own-discarded = я: { $text } (отменено, не отправлено)

## The conversation pane: days, delivery, failed messages, clearing the window

day-today = Сегодня
day-yesterday = Вчера
delivery-waiting = Ожидает
delivery-waiting-tooltip = Ещё не отправлено: уйдёт, как только будет возможно (например, когда разговор станет защищённым).
delivery-sent = Отправлено
delivery-sent-tooltip = Отправлено: сообщение покинуло этот компьютер.
delivery-delivered = Доставлено
delivery-delivered-tooltip = Доставлено: устройство вашего контакта получило его.
delivery-failed = Не отправлено
delivery-failed-tooltip = Не отправлено. «Повторить» отправит его снова; «Удалить» уберёт его.
message-retry-button = Повторить
message-retry-tooltip = Отправить это сообщение снова
message-discard-button = Удалить
message-discard-tooltip = Убрать это сообщение: оно не было отправлено
conversation-menu-button = Ещё
conversation-menu-tooltip = Другие действия с этим разговором
scrollback-clear-button = Очистить окно
scrollback-clear-tooltip = Убрать сообщения, показанные в этом разговоре. Сообщения, сохранённые на этом компьютере, не удаляются.
scrollback-cleared = Окно очищено. Сообщения, сохранённые на этом компьютере, не удалены.

## How a message travelled: the tooltip of every message

security-encrypted-verified = Защищено: зашифровано, и вы подтвердили собеседника
security-encrypted-unverified = Защищено, но не подтверждено: зашифровано, собеседник ещё не подтверждён
security-not-encrypted = Не защищено: сервер может прочитать это сообщение

## Verifying a contact (the Socialist Millionaires' Protocol of OTR)

verify-dialog-title = Подтвердите собеседника
verify-dialog-verify-button = Подтвердить
verify-dialog-explanation = Задайте вопрос, на который может ответить только ваш собеседник, или оставьте вопрос пустым, чтобы проверить секрет, о котором вы договорились при встрече. Никто другой не узнает ответ, даже сервер.
verify-question-placeholder = Вопрос (необязательно)
verify-question-tooltip = Вопрос собеседнику
verify-secret-placeholder = Ожидаемый ответ или общий секрет
verify-secret-tooltip = Ожидаемый ответ или общий секрет
verify-fingerprints-explanation = Или сравните отпечатки: прочитайте их друг другу по каналу, которому вы доверяете (при встрече или по телефону). Если отпечаток собеседника совпадает с тем, что он вам прочитал, нажмите «Совпадают».
verify-own-fingerprint = Ваш отпечаток: { $fingerprint }
verify-contact-fingerprint = Отпечаток собеседника: { $fingerprint }
verify-fingerprint-matches-button = Совпадают
verify-fingerprint-compromised-button = Ключ скомпрометирован
verification-request-question = { $peer } просит вас подтвердить личность: { $question }
verification-request-secret = { $peer } просит вас подтвердить личность с помощью условленного секрета.
verification-answer-placeholder = Ваш ответ
verification-answer-tooltip = Ваш ответ на проверочный вопрос
verification-answer-button = Ответить
verification-succeeded = Подтверждение прошло успешно: собеседник дал тот же ответ.
verification-failed = Подтверждение не удалось: ответы не совпадают, или проверка была прервана. Возможно, вы говорите с кем-то другим.

## The server's certificate: a warning that may mean someone is intercepting

certificate-changed-title = Сертификат сервера изменился
certificate-untrusted-title = Сертификат сервера не является доверенным
certificate-changed-explanation = Этот сервер предъявил не тот сертификат, который вы приняли раньше. Возможно, кто-то перехватывает соединение. Не подключайтесь, если только администраторы сервера не сообщили вам, что сертификат изменился.
certificate-details =
    { $explanation }

    Отпечаток (SHA-256):
    { $fingerprint }

    Кому выдан: { $subject }
    Кем выдан: { $issuer }
    Действителен до: { $expiry }
certificate-do-not-connect = Не подключаться
certificate-trust-button = Доверять этому сертификату

## Errors: one sentence each, for someone who is not a computer expert

error-tor-unavailable = Tor не запущен или отвечает не так, как должен отвечать Tor, поэтому Otter не может подключиться. Otter никогда не подключается без Tor. Запустите Tor (в Tails: подключитесь к Tor) и попробуйте снова.
error-server-unreachable = Tor не смог связаться с сервером. Возможно, адрес неверен или сервер не работает. Попробуйте позже.
error-certificate-untrusted = Сертификат сервера не является доверенным. Возможно, кто-то перехватывает соединение, или сервер использует сертификат, который неизвестен вашему компьютеру.
error-authentication-failed = Сервер отклонил вход. Проверьте адрес и пароль.
error-peer-misbehaved = Сервер или собеседник прислал то, что Otter не принимает, поэтому Otter разорвал это соединение.
error-limit-exceeded = Сервер или собеседник прислал больше, чем Otter принимает за один раз, поэтому Otter разорвал это соединение.
error-private-session-required = Это сообщение ожидает защищённого разговора.
error-storage-failed = Otter не смог прочитать или сохранить свои настройки на этом компьютере.
error-timed-out = Это заняло слишком много времени. Возможно, Tor ещё запускается или сеть работает медленно. Попробуйте снова через минуту.
error-internal = Внутри Otter что-то пошло не так. Пожалуйста, сообщите об этом разработчикам.

## Keeping a conversation on this computer (off unless the user turns it on)

history-keep-check = Сохранять эту беседу
history-keep-tooltip = С этого момента сообщения этой беседы сохраняются в вашей папке Otter. Защищённые (зашифрованные) сообщения не сохраняются. По умолчанию выключено: ничего не сохраняется, пока вы это не включите.
history-delete-button = Удалить сохранённые сообщения
history-delete-tooltip = Удалить все сообщения этой беседы, сохранённые на этом компьютере
history-deleted = Сохранённые сообщения удалены.

## First run: the welcome, shown while there is no account

welcome-title = Добро пожаловать в { -app-name }
welcome-intro = { -app-name } подключается только через Tor. Добавьте учётную запись, чтобы начать общение.
welcome-add-xmpp-button = Добавить существующую учётную запись XMPP
welcome-add-xmpp-tooltip = У вас уже есть адрес XMPP (Jabber) и пароль к нему
welcome-create-xmpp-button = Создать новую учётную запись XMPP
welcome-add-irc-button = Добавить сеть IRC
welcome-add-irc-tooltip = Общайтесь в OFTC, Libera.Chat или другой сети IRC под своим зарегистрированным ником

## Adding an account

account-dialog-xmpp-title = Добавить учётную запись XMPP
account-dialog-irc-title = Добавить сеть IRC
account-dialog-add-button = Добавить учётную запись
account-address-placeholder = Адрес, например name@example.org
account-address-tooltip = Ваш адрес XMPP
account-nick-placeholder = Ваш зарегистрированный ник
account-nick-tooltip = Ник, который вы зарегистрировали в этой сети
account-network-tooltip = Сеть IRC
account-network-custom = Другая сеть…
account-network-custom-placeholder = Сервер, например irc.example.org
account-network-custom-tooltip = Имя сервера сети IRC
account-password-placeholder = Пароль
account-password-tooltip = Пароль учётной записи
account-remember-password = Запомнить пароль
account-remember-password-tooltip = Сохранить пароль в вашей папке Otter, чтобы не вводить его снова. В Tails делайте это, только если включено Постоянное хранилище. Если выключено, вы вводите пароль при каждом подключении.
account-advanced = Дополнительно
account-host-placeholder = Подключаться к серверу (необязательно)
account-host-tooltip = Подключаться к этому серверу, а не к указанному в адресе
account-port-placeholder = Порт (необязательно)
account-port-tooltip = Номер порта на этом сервере
account-advanced-help = Нужно, только если так сказал ваш провайдер. Имя ищется через Tor; Tor не умеет искать записи DNS SRV, поэтому, если ваш провайдер их использует, введите здесь его сервер и порт.

## Why an account cannot be added yet: shown under the fields as the user types

account-problem-address-empty = Введите свой адрес.
account-problem-address-form = Адрес XMPP выглядит как name@example.org: имя, «@», затем сервер.
account-problem-address-spaces = В адресе не бывает пробелов.
account-problem-nick-empty = Введите свой ник.
account-problem-nick-form = В нике не бывает пробелов и «@», и он не начинается с цифры или «-».
account-problem-network-empty = Введите сервер сети, например irc.example.org.
account-problem-password-empty = Введите пароль.
account-problem-host-form = Сервер — это имя вроде xmpp.example.org, без пробелов, «/» и «:».
account-problem-port-form = Порт — это число от 1 до 65535.
account-problem-irc-password = Введите пароль своего зарегистрированного ника: { -app-name } входит в сеть с ним.

## Rooms (group chats): never private

sidebar-rooms-heading = Комнаты
rooms-join-button = Войти в комнату…
rooms-join-tooltip = Войти в групповой чат с одной из ваших учётных записей XMPP
room-open-tooltip = Открыть эту комнату (и войти в неё, если вы ещё не там)
room-join-dialog-title = Вход в комнату
room-join-dialog-button = Войти в комнату
room-join-explanation = Ничто из сказанного в комнате не защищено: все её участники и сервер читают каждое сообщение.
room-account-tooltip = Учётная запись, с которой вы входите
room-address-placeholder = Адрес комнаты, например { $example }
room-address-tooltip = Адрес комнаты
room-nick-placeholder = Ваш ник в комнате
room-nick-tooltip = Имя, которое видят другие участники комнаты
room-password-placeholder = Пароль комнаты (только если он есть)
room-password-tooltip = Пароль комнаты, если он есть
room-bookmark-check = Сохранить в моих комнатах
room-autojoin-check = Входить автоматически при подключении
room-problem-address = Адрес комнаты выглядит как name@conference.example.org: имя, «@», затем сервер.
room-problem-nick = Введите ник, под которым вы хотите быть в комнате.
room-not-private-banner = Не защищено: все в этой комнате и сервер могут читать каждое сообщение. Защищённые разговоры (OTR) в комнатах невозможны.
room-warning-address-visible = Все в этой комнате видят ваш настоящий адрес.
room-warning-logged = Разговоры в этой комнате записываются в общедоступный журнал: сказанное вами может быть опубликовано.
room-warning-created = Вы создали эту комнату.
room-warning-nick-changed = Комната дала вам другой ник: { $nick }
room-joined-as = Вы в этой комнате под ником { $nick }.
room-joining = Вход…
room-topic = Тема: { $topic }
room-topic-none = Нет темы
room-topic-set = { $nick } меняет тему: { $topic }
room-occupants-count = { $count ->
    [one] Здесь { $count } человек
    [few] Здесь { $count } человека
    [many] Здесь { $count } человек
   *[other] Здесь { $count } человека
}
room-occupants-tooltip = Участники этой комнаты
room-occupant-moderator = { $nick } (модератор)
room-occupant-participant = { $nick }
room-occupant-visitor = { $nick } (только чтение)
room-message = { $nick }: { $text }
room-message-history = { $nick } (ранее): { $text }
room-message-from-room = Сообщение комнаты: { $text }
room-occupant-joined = { $nick } входит в комнату
room-occupant-left = { $nick } выходит из комнаты
room-occupant-renamed = { $from } теперь { $to }
room-leave-button = Выйти из комнаты
room-leave-tooltip = Выйти из этой комнаты; позже можно войти снова
room-compose-tooltip = Введите сообщение для всех в комнате
room-left-left = Вы вышли из комнаты.
room-left-kicked = Модератор удалил вас из комнаты.
room-left-banned = Вам запрещён вход в эту комнату.
room-left-removed = Вам больше не разрешено находиться в этой комнате.
room-left-shutdown = Сервер комнаты отключился.
room-left-destroyed = Комната закрыта.
room-left-too-many = В этой комнате больше людей, чем { -app-name } может отслеживать, поэтому { -app-name } вышел из неё.
room-left-disconnected = Вы вне комнаты: учётная запись не в сети.
room-error-nick-in-use = Кто-то в этой комнате уже использует этот ник. Выберите другой.
room-error-password = Для этой комнаты нужен пароль, или пароль был неверным.
room-error-banned = Вам запрещён вход в эту комнату.
room-error-not-found = По этому адресу нет комнаты.
room-error-members-only = В эту комнату могут входить только её члены.
room-error-full = Эта комната заполнена.
room-error-creation-refused = Сервер не разрешает вам создать эту комнату.
room-error-nick-refused = Комната не принимает этот ник. Выберите другой.
room-error-message-refused = Комната не приняла ваше сообщение: возможно, вам не разрешено там писать.
room-error-other = Комната отказала: { $condition }
room-problem = { $room }: { $error }
room-topic-button = Сменить тему…
room-topic-button-tooltip = Дать этой комнате другую тему, которую видят все в ней
room-topic-dialog-title = Тема комнаты { $room }
room-topic-entry = Новая тема (пусто — без темы)
room-topic-entry-tooltip = Тема, которую видят все в комнате
room-topic-dialog-button = Задать тему
room-nick-button = Сменить ник…
room-nick-button-tooltip = Появиться в этой комнате под другим ником
room-nick-dialog-title = Ваш ник в { $room }
room-nick-irc-explanation = В IRC ник принадлежит всей сети: он меняется во всех каналах этой учётной записи.
room-nick-dialog-button = Взять этот ник
room-invite-button = Пригласить…
room-invite-button-tooltip = Пригласить кого-нибудь в эту комнату
room-invite-dialog-title = Пригласить кого-нибудь в { $room }
room-invite-address = Адрес, например name@example.org
room-invite-address-tooltip = Адрес человека, которого вы приглашаете
room-reason-entry = Причина (необязательно)
room-invite-reason-tooltip = Несколько слов, которые придут вместе с приглашением
room-invite-dialog-button = Отправить приглашение
room-invite-problem-address = Адрес выглядит так: name@example.org — имя, «@», затем сервер.
room-invite-sent = Приглашение отправлено: { $address }.
room-occupant-actions = Действия для { $nick }
room-action-kick = Удалить из комнаты
room-action-ban = Запретить вход в комнату
room-action-grant-voice = Разрешить говорить
room-action-revoke-voice = Запретить говорить
room-action-grant-moderator = Сделать модератором
room-action-revoke-moderator = Снять права модератора
room-kick-dialog-title = Удалить { $nick } из комнаты?
room-kick-explanation = Человек сможет вернуться. Все в комнате увидят, что вы его удалили, и вашу причину.
room-kick-button = Удалить
room-ban-dialog-title = Запретить { $nick } вход в комнату?
room-ban-explanation = Человек не сможет вернуться, пока администратор не снимет запрет. Все в комнате увидят, что вы запретили ему вход, и вашу причину.
room-ban-button = Запретить вход
room-moderation-reason-tooltip = Почему: это видят все в комнате
room-occupant-now-moderator = { $nick } теперь модератор.
room-occupant-now-participant = { $nick } может говорить.
room-occupant-now-visitor = { $nick } теперь может только читать.
room-occupant-kicked = { $nick } удалён из комнаты.
room-occupant-banned = { $nick } больше не может входить в комнату.
room-refused-configure = Комната не приняла настройки по умолчанию и остаётся закрытой для других.
room-refused-kick = Комната не позволила вам удалить этого человека.
room-refused-ban = Комната не позволила вам запретить этому человеку вход.
room-refused-voice = Комната не позволила вам изменить, кто может говорить.
room-refused-moderator = Комната не позволила вам изменить, кто модерирует.
room-refused-invite = Комната не передала ваше приглашение.
room-refused-destroy = Комната не позволила вам её закрыть.
room-refused-subject = Комната не позволила вам сменить тему.
room-refused-configuration = Комната не позволила вам посмотреть или изменить её настройки.
room-refused-rights = У вас здесь нет на это прав.
room-refused-later = Попробуйте ещё раз чуть позже.
room-refused-condition = Ответ комнаты: { $condition }
rooms-channels-button = Каналы IRC…
rooms-channels-tooltip = Искать среди каналов подключённой сети IRC и войти в один из них
room-channels-dialog-title = Каналы IRC
room-channels-explanation = Ничто сказанное в канале не защищено: каждое сообщение читают все в канале и сама сеть.
room-channels-network-tooltip = Сеть IRC, в которой искать
room-channels-search-placeholder = Часть названия канала (пусто — все)
room-channels-search-tooltip = Искать каналы сети по названию
room-channels-search-button = Искать
room-channels-no-network = Сначала подключите сеть IRC: её каналы показываются через неё.
room-channels-searching = Запрос к сети…
room-channels-count = { $count ->
    [one] Найден { $count } канал.
    [few] Найдено { $count } канала.
   *[other] Найдено { $count } каналов.
}
room-channels-truncated = Подходящих каналов больше, чем можно показать; вот первые { $count }. Введите больше букв названия, чтобы сузить поиск.
room-channels-row = { $room } ({ $people ->
    [one] { $people } человек
    [few] { $people } человека
   *[other] { $people } человек
}): { $topic }
room-channels-join-button = Войти
room-channels-join = Войти в { $room }

## Preferences (Ctrl+comma)

prefs-title = Настройки
prefs-button = Настройки
prefs-button-tooltip = Настройки конфиденциальности и сохранённые разговоры
prefs-require-private = Требовать защищённый разговор со всеми
prefs-require-private-explanation = Если включено, ни одно сообщение контакту не уходит незашифрованным: оно ждёт, пока не установится защищённый разговор (OTR). Комнаты никогда не защищены, и этот параметр на них не влияет.
prefs-require-private-unknown = Не определено: это окно не знает, включили ли вы этот параметр в прошлом сеансе. Выберите «включено» или «выключено».
prefs-delete-all-button = Удалить все сохранённые разговоры
prefs-delete-all-tooltip = Удалить все сообщения всех разговоров, сохранённые на этом компьютере
prefs-delete-all-confirm-title = Удалить все сохранённые разговоры?
prefs-delete-all-confirm-body = Все сообщения, сохранённые на этом компьютере, будут удалены. Это действие нельзя отменить.
prefs-delete-all-confirm-button = Удалить всё
prefs-language = Язык
prefs-language-system = Как в системе
prefs-language-next-start = { -app-name } будет использовать этот язык после следующего запуска.
dialog-close = Закрыть

## A profile Otter cannot open

profile-problem-title = Otter не может открыть ваши настройки
profile-damaged-explanation = Файл в { $folder }, где Otter хранит ваши учётные записи, контакты и доверенные ключи, повреждён.
profile-newer-explanation = Файл в { $folder }, где Otter хранит ваши учётные записи, контакты и доверенные ключи, записан более новой версией Otter, которую эта версия прочитать не может.
profile-set-aside-explanation = Otter может перенести его вместе с вашими закрытыми ключами и сохранённой историей в новую папку внутри этой и начать без учётных записей. Ничего не удаляется.
profile-set-aside-button = Перенести и начать без учётных записей
profile-quit-button = Выйти

## Unread messages and notifications

sidebar-contact-unread = { $name }, { $count ->
    [one] { $count } непрочитанное сообщение
    [few] { $count } непрочитанных сообщения
    [many] { $count } непрочитанных сообщений
   *[other] { $count } непрочитанного сообщения
}
notification-new-message = Новое сообщение
notification-new-message-from = Новое сообщение от { $name }
prefs-notify-sender = Показывать в уведомлениях, кто написал
prefs-notify-sender-explanation = Если выключено, уведомление говорит только «Новое сообщение», и никто, кто видит ваш экран, не узнает, кто написал. Само сообщение никогда не показывается в уведомлении.

## Links in messages: asked before anything opens outside Otter

link-open-title = Открыть эту ссылку вне Otter?
link-open-body = { $address } откроется в вашем веб-браузере, вне Otter. Браузер может подключиться не через Tor, и сайт узнает, что кто-то открыл ссылку.
link-open-button = Открыть ссылку

## Creating an XMPP account on its server (in-band registration)

welcome-create-xmpp-tooltip = Создать новую учётную запись на XMPP-сервере через Tor
account-dialog-create-title = Создать учётную запись XMPP
account-dialog-create-button = Создать
account-random-name-button = Случайное имя
account-random-name-tooltip = Подставить выдуманное имя, которое ничего о вас не говорит, для одноразовой учётной записи
account-password-repeat-placeholder = Пароль ещё раз
account-password-repeat-tooltip = Введите пароль ещё раз, чтобы не ошибиться
account-problem-password-mismatch = Пароли не совпадают.
registration-started = Создание { $address } на сервере через Tor…
registration-succeeded = { $address } создана и добавлена.
registration-name-taken = Это имя на сервере уже занято: выберите другое.
registration-not-acceptable = Сервер не принимает это имя или этот пароль.
registration-closed = Этот сервер не позволяет создавать учётные записи отсюда. Создайте её на сайте сервера (в Tor Browser), затем добавьте.
registration-too-many = С этого выходного узла Tor недавно создали слишком много учётных записей. Попробуйте позже.
registration-cannot-show-form = Сервер просит то, что Otter не может показать (например, картинку для распознавания). Создайте учётную запись на сайте сервера (в Tor Browser), затем добавьте её.
registration-not-saved = Учётная запись создана, но Otter не смог её сохранить: добавьте её через «Добавить существующую учётную запись XMPP».
registration-failed = Не удалось создать { $address }: { $reason }

## Presence and requests

sidebar-status-label = Ваш статус
presence-available = В сети
presence-away = Отошёл
presence-busy = Занят
presence-offline = Не в сети
contact-request = { $peer } хочет добавить вас в контакты и видеть, когда вы в сети.
contact-request-accept = Принять
contact-request-refuse = Отклонить
room-invitation = { $from } приглашает вас в комнату { $room }.
room-invitation-unknown = Вас пригласили в комнату { $room }.
room-invitation-join = Войти
room-invitation-ignore = Пропустить

## The password prompt

password-prompt-title = Пароль для { $address }
password-prompt-body = Введите пароль от { $address }. Otter хранит его только до закрытия и никуда не сохраняет.

## Verification under way

verification-in-progress = Идёт подтверждение собеседника…
verification-stop-button = Остановить подтверждение

## How far a sent message got

message-state-server = { $security } Сервер получил сообщение.
message-state-delivered = { $security } Доставлено на устройство собеседника.
message-own-elsewhere = я, с другого устройства: { $text }

## Команды в поле ввода (строка, начинающаяся с «/»)

command-unknown = Otter не знает команды { $command }. Ничего не отправлено. Чтобы отправить строку, начинающуюся с «/», начните её с «//».
command-unsupported = Команда { $command } здесь пока недоступна. Ничего не отправлено.
command-incomplete = Команде { $command } не хватает слов, например: { $example }. Ничего не отправлено.
command-room-only = Команда { $command } работает только в комнате. Ничего не отправлено.

## Уведомления о наборе текста

typing-notice = { $peer } печатает…
prefs-share-typing = Сообщать, когда я печатаю
prefs-send-receipts = Отправлять уведомления о доставке
prefs-activity-explanation = Уведомления о наборе показывают вашим контактам, когда вы им пишете; уведомления о доставке — когда их сообщения дошли до этого компьютера. И то и другое показывает, когда вы за клавиатурой. Выключено, пока вы не включите. Комнаты их никогда не получают.

## Быстрый переход (Ctrl+K)

switcher-title = Перейти к разговору
switcher-search-placeholder = Имя или адрес
switcher-search-tooltip = Введите часть имени или адреса контакта, комнаты или канала и нажмите Enter
switcher-row = { $name } ({ $address })
switcher-nothing = Ничего не найдено.

## Изменение учётной записи

account-edit-button = Изменить
account-edit-tooltip = Изменить сервер, порт, шифрование или сохранённый пароль { $address }
account-edit-title = Изменить { $address }
account-edit-save = Сохранить изменения
account-direct-tls = Использовать TLS с самого начала (прямой TLS)
account-direct-tls-tooltip = Только если ваш провайдер предлагает XMPP на TLS-порту, обычно 5223. Иначе Otter включает TLS на обычном порту (STARTTLS). В обоих случаях соединение зашифровано.
account-edit-password-remembered = Otter хранит пароль этой учётной записи.
account-edit-password-not-remembered = Otter не хранит пароль этой учётной записи и спрашивает его при каждом запуске.
account-edit-password-keep = Оставить как есть
account-edit-password-forget = Забыть пароль
account-edit-password-remember = Сохранить пароль
account-edit-password-tooltip = Пароль, который будет сохранён для этой учётной записи

## Copy buttons and an IRC account's client certificate

copy-button = Копировать
copy-done = Скопировано
verify-copy-own-tooltip = Скопировать ваш отпечаток
verify-copy-contact-tooltip = Скопировать отпечаток собеседника
client-certificate-button = Сертификат клиента…
client-certificate-button-tooltip = Входить в эту сеть по сертификату, а не по паролю
client-certificate-title = Сертификат клиента для { $address }
client-certificate-explanation = Otter создал сертификат для этой учётной записи и хранит его вместе с вашими настройками. Зарегистрируйте его один раз в службах сети, войдя с паролем: отправьте им команду ниже (вставьте её в любой разговор в этой сети).
client-certificate-fingerprint = Отпечаток (SHA-256): { $fingerprint }
client-certificate-command = Команда: { $command }
client-certificate-copy-fingerprint = Скопировать отпечаток сертификата
client-certificate-copy-command = Скопировать команду
client-certificate-after = Со следующего подключения Otter входит по сертификату (SASL EXTERNAL), и ему не нужно отправлять ваш пароль. Любой, у кого есть копия папки настроек Otter, может войти от вашего имени: берегите её, как пароль.

## Группы контактов

contacts-group-none = Другие контакты
contact-group-menu = Переместить в группу…
contact-group-menu-tooltip = Поместить этот контакт в группу вашего списка контактов
contact-group-title = Перемещение в группу
contact-group-explanation = Выберите группу для { $name }: введите её название или выберите одну из ваших групп ниже. Оставьте пустым, чтобы контакт был вне групп. Ваши другие приложения XMPP показывают те же группы.
contact-group-label = Группа
contact-group-placeholder = Без группы
contact-group-tooltip = Название группы, новой или существующей
contact-group-known = Ваши группы
contact-group-move = Переместить
contact-group-not-listed = В группу можно поместить только контакт из списка контактов учётной записи XMPP.

## The proxy (preferences)

prefs-proxy-expander = Прокси (дополнительно)
prefs-proxy-explanation = Otter подключается только через SOCKS-порт Tor. Если вы не измените его здесь, это 127.0.0.1:9050, где слушает Tor в Tails; собственный Tor браузера Tor слушает на 127.0.0.1:9150. Укажите IP-адрес и порт: Otter никогда не ищет имена в обход Tor.
prefs-proxy-in-use = Otter подключается через { $address }.
prefs-proxy-fixed = В этом запуске Otter подключается через { $address }, указанный при старте. Прокси, сохранённый здесь, будет использоваться со следующего запуска без этого указания.
prefs-proxy-placeholder = 127.0.0.1:9050
prefs-proxy-tooltip = IP-адрес и порт прокси SOCKS5 (Tor)
prefs-proxy-use-button = Использовать этот прокси
prefs-proxy-default-button = Вернуть 127.0.0.1:9050
prefs-proxy-invalid = Укажите IP-адрес и порт, например 127.0.0.1:9150.
prefs-proxy-reconnect = Уже подключённые учётные записи сохраняют соединение до переподключения.

## Room settings (the room's configuration form) and destroying a room

room-create-heading = Если так создаётся новая комната:
room-create-defaults = Принять настройки по умолчанию
room-create-defaults-tooltip = Новая комната сразу открывается с обычными настройками сервера
room-create-configure = Настроить комнату…
room-create-configure-tooltip = Otter сначала покажет настройки новой комнаты; никто другой не сможет войти, пока вы их не сохраните
room-settings-button = Настройки комнаты…
room-settings-button-tooltip = Посмотреть и изменить настройки этой комнаты (она ваша)
room-form-title = Настройки { $room }
room-form-save = Сохранить настройки
room-form-new-room = Это новая комната: никто другой не сможет войти, пока вы не сохраните её настройки. «Отмена» удаляет комнату.
room-form-required = (обязательно)
room-form-not-set = Не задано
room-form-left-out = Настроек, не показанных здесь: { $count }. Их значения не меняются.
room-form-problem-required = Заполните: { $name }
room-form-problem-address = Это не адрес (имя@сервер, по одному в строке): { $name }
room-form-saved = Комната приняла новые настройки.
room-destroy-tool-button = Уничтожить комнату…
room-destroy-tool-tooltip = Удалить всех из этой комнаты и удалить её саму (она ваша)
room-destroy-dialog-title = Уничтожить { $room }?
room-destroy-explanation = Все участники будут удалены, а комната исчезнет: её имя снова сможет занять кто угодно. Это нельзя отменить.
room-destroy-reason-tooltip = Причина: её увидят все в комнате, когда их удалят
room-destroy-button = Уничтожить комнату
room-left-destroyed-moved = Комната закрыта. Её участникам предложили перейти в { $room }.

## IRC in the window: networks without a password, channels by name, invitations
account-irc-no-password = Без пароля: { -app-name } подключается, не входя в учётную запись
account-irc-no-password-tooltip = Для сети без учётных записей или ника, который вы никогда не регистрировали. Ник, который уже входил в учётную запись, никогда не используется без пароля.
room-join-connect-first = Сначала подключите учётную запись XMPP или сеть IRC: через них входят в комнаты и каналы.
room-channel-placeholder = Канал, например #otter
room-channel-tooltip = Название канала в этой сети, начинается с #
room-key-placeholder = Ключ канала (только если он есть)
room-key-tooltip = Ключ канала, если он есть
room-problem-channel = Название канала начинается с # (или &) и не содержит пробелов и запятых, например #otter.
room-invite-nick = Ник человека
room-invite-nick-tooltip = Ник человека, которого вы приглашаете
room-invite-problem-nick = Введите ник: без пробелов, и не начиная с цифры или #.
error-irc-login-needed = Этот ник уже входил в учётную запись, поэтому { -app-name } подключает его только с паролем.

## The join dialog: the account's room service

room-service-line = Комнаты на этом сервере: { $service }
room-service-copy-tooltip = Скопировать адрес службы комнат этого сервера

## IRC: NickServ как запасной способ входа
account-irc-nickserv-fallback = Идентифицироваться в NickServ, если в сети нет SASL
account-irc-nickserv-fallback-help = Только для сети без SASL. SASL надёжнее: вход происходит до того, как ваш ник станет виден, и пароль получает только сервер. С NickServ ваш ник виден до идентификации, а пароль получает тот, кто отвечает как NickServ. Никогда не используется, если сеть предлагает SASL.

## IRC: onion-сервис без TLS, только если разрешено
account-irc-onion-plaintext = Подключаться без TLS (только onion-сервисы)
account-irc-onion-plaintext-warning = Этот onion-сервис не использует TLS: Tor шифрует соединение с ним, но подлинность сервера подтверждает только его onion-адрес. Только для сети, чей onion-сервис работает без TLS; ваш пароль тогда передаётся по этому соединению.
account-problem-plaintext-not-onion = Соединение без TLS возможно только с onion-сервисом: имя сервера должно оканчиваться на .onion.

## Temporary XMPP accounts (SASL ANONYMOUS)

account-temporary = Временная учётная запись (без пароля; новый случайный адрес при каждом подключении)
account-temporary-help = Для серверов, которые это разрешают: сервер выдаёт вам новый адрес при каждом подключении и забывает его вместе с контактами, когда вы отключаетесь.
account-temporary-server-placeholder = Сервер, например example.org
account-temporary-server-tooltip = Имя сервера, который разрешает временные учётные записи
account-problem-temporary-server = Введите только имя сервера, например example.org.
account-status-online-as = В сети как { $address }
error-temporary-not-allowed = Этот сервер не разрешает временные учётные записи.

## IRCv3: нетсплиты и нетджойны, отказы сервера, приглашения в канале

room-netsplit = { $count ->
    [one] { $count } человек вышел: нетсплит между { $first } и { $second }
    [few] { $count } человека вышли: нетсплит между { $first } и { $second }
    [many] { $count } человек вышли: нетсплит между { $first } и { $second }
   *[other] { $count } человека вышли: нетсплит между { $first } и { $second }
}
room-netjoin = { $count ->
    [one] { $count } человек вернулся
    [few] { $count } человека вернулись
    [many] { $count } человек вернулись
   *[other] { $count } человека вернулись
}
server-refused = Сервер отклонил { $command }: { $description }
room-invited-other = { $by } приглашает { $nick }

## IRC commands in the composer: /whois and /mode

whois-user = { $nick } — это { $mask }
whois-not-found = Сейчас в этой сети никто не использует ник { $nick }.
whois-realname = Настоящее имя: { $name }
whois-account = Вошёл как { $account }
whois-channels = Каналы: { $channels }
whois-channels-truncated = Каналы (первые { $count }): { $channels }
whois-server = Сервер: { $server }
whois-idle = Неактивен { $seconds } с
whois-away = Отошёл: { $message }
whois-secure = Подключён к своему серверу по TLS
room-modes = Режимы канала: { $modes }
room-bans-none = В { $room } никто не забанен.
room-bans-count = Баны в { $room }: { $count }
room-bans-entry = { $mask }, установил { $by }
room-bans-truncated = Список длиннее; показаны только первые { $count }.
room-refused-modes = Канал не позволил вам изменить его режимы: это могут только его операторы.

## IRC command /raw: one line as typed, after a confirmation

command-raw-control = Строка для /raw не может содержать перевод строки или NUL: она превратилась бы в две команды. Ничего не отправлено.
command-raw-too-long = Строка для /raw может быть не длиннее 510 байт. Ничего не отправлено.
command-raw-private = /raw не отправляет сообщения и уведомления человеку: они обошли бы защищённый разговор (OTR). Напишите в разговоре с ним. Ничего не отправлено.
command-raw-prefixed = Строка для /raw начинается с команды, а не с @ или :. Ничего не отправлено.
raw-confirm-title = Отправлять строки без проверки?
raw-confirm-body = /raw отправляет в сеть IRC ровно то, что вы ввели. { -app-name } не проверяет, что это делает: неверная команда может изменить вашу учётную запись или каналы либо сообщить сети больше, чем вы хотели. Сообщения людям по-прежнему идут только через разговор с ними. До выхода из программы строки /raw отправляются без повторного вопроса.
raw-confirm-button = Отправить без проверки

## IRC: someone changes a channel's modes

room-mode-op-given = { $by } делает { $nick } оператором канала.
room-mode-op-taken = { $by } снимает с { $nick } статус оператора канала.
room-mode-voice-given = { $by } разрешает { $nick } говорить (voice).
room-mode-voice-taken = { $by } запрещает { $nick } говорить (voice снят).
room-mode-ban = { $by } банит { $mask }.
room-mode-unban = { $by } снимает бан с { $mask }.
room-mode-set = { $by } устанавливает режим { $modes }
room-mode-set-more = { $by } устанавливает режим { $modes } и ещё { $count }
room-mode-by-server = Сервер

## IRC command /who

who-count = { $target }: людей — { $count }
who-none = Сейчас в этой сети никто не подходит под { $target }.
who-person = { $nick } ({ $mask }) { $name }
who-person-away = { $nick } ({ $mask }, отошёл) { $name }
who-truncated = Список длиннее; показаны только первые { $count }.
