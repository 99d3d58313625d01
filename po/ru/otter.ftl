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

## Writing a message, under the conversation

compose-placeholder = Сообщение
compose-tooltip = Введите сообщение
compose-send-button = Отправить

## Messages in a conversation

message-received = { $peer }: { $text }
message-own = я: { $text }
message-own-waiting = я: { $text } (ожидает защищённого разговора)
message-own-held-ended = я: { $text } (не отправлено: собеседник завершил защищённый разговор)
message-own-held-compromised = я: { $text } (не отправлено: ключ собеседника отмечен как скомпрометированный)
message-own-held-offline = я: { $text } (не отправлено: учётная запись не в сети)
message-own-failed = я: { $text } (не отправлено)
message-own-discarded = я: { $text } (отменено, не отправлено)

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
