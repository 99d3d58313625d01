# La interfaz de Otter en español.
# Fuente: po/en-US/otter.ftl (allí están las indicaciones para traductores).
# Vocabulario: po/GLOSSARY.md. Trato de «tú», como Tails en español.

## Terms

-app-name = Otter

## The window

window-title = { -app-name }
window-title-conversation = { -app-name } — { $peer }

## Tor status line, at the top of the window

tor-status-checking = Comprobando si Tor está funcionando…
tor-status-ready = Conectado a Tor. Todas las conexiones pasan por Tor, cada cuenta por su propio circuito.
tor-status-not-isolating = Conectado a un proxy SOCKS que no separa las cuentas: puede que no sea Tor.

## Sidebar: accounts and contacts

sidebar-accounts-heading = Cuentas
sidebar-contacts-heading = Contactos
sidebar-open-address-placeholder = Chatear con… (dirección XMPP o apodo de IRC)
sidebar-open-address-tooltip = Dirección del contacto con quien chatear
sidebar-contact-with-name = { $name } ({ $address })

## One row per account in the sidebar

account-connect-button = Conectar
account-disconnect-button = Desconectar
account-connect-tooltip = Conectar { $address } a través de Tor
account-status-offline = Desconectado
account-status-connecting = Conectando a través de Tor…
account-status-online = Conectado
account-status-failed = Sin conexión: { $reason }

## Importing from Pidgin

pidgin-import-button = Importar de Pidgin
pidgin-import-button-tooltip = Traer tus cuentas, contactos, salas de chat y claves OTR de Pidgin desde { $directory }
pidgin-import-dialog-title = Importar de Pidgin
pidgin-import-dialog-body = Otter traerá tus cuentas, contactos, salas de chat, claves OTR y contactos verificados. Puede que Pidgin también haya guardado contraseñas: tráelas solo si el almacenamiento de este ordenador está cifrado (en Tails: el Almacenamiento Persistente). El registro de conversaciones de Pidgin no se copia: Otter no guarda registros a menos que se lo pidas.
pidgin-import-without-passwords = Importar sin contraseñas
pidgin-import-with-passwords = Importar con contraseñas
pidgin-imported =
    Importado de Pidgin: { $accounts ->
        [one] { $accounts } cuenta
       *[other] { $accounts } cuentas
    } (ya en Otter: { $skipped }), { $contacts ->
        [one] { $contacts } contacto
       *[other] { $contacts } contactos
    }, { $rooms ->
        [one] { $rooms } sala de chat
       *[other] { $rooms } salas de chat
    }.

## Dialog buttons shared by several dialogs

dialog-cancel = Cancelar

## The conversation pane

conversation-none-open = Ninguna conversación abierta
conversation-title = Conversación con { $peer }
conversation-start-private-button = Iniciar conversación privada
conversation-end-private-button = Terminar conversación privada
conversation-verify-button = Verificar contacto
conversation-verify-button-tooltip = Asegúrate de que hablas con la persona correcta: haz una pregunta que solo ella pueda responder, o comprueba un secreto que hayan acordado
conversation-key-changed = Advertencia: { $peer } está usando una clave distinta de la que verificaste. Puede ser un dispositivo nuevo, o puede ser otra persona. Vuelve a verificar a tu contacto antes de decir nada privado.

## What is private: the line above the messages. It must never say more than is true.

privacy-not-private = No privada: los mensajes de esta conversación no están cifrados de extremo a extremo. El servidor puede leerlos.
privacy-private-unverified = Privada pero no verificada: los mensajes están cifrados (OTR), pero no has verificado quién es tu contacto.
privacy-private-verified = Privada y verificada: los mensajes están cifrados (OTR) y has verificado a tu contacto.
privacy-finished = Tu contacto terminó la conversación privada. Nada de lo que escribas se enviará hasta que tú también la termines o inicies una nueva.
privacy-compromised = No es seguro: marcaste como comprometida la clave que usa tu contacto. Nada de lo que escribas se enviará. Termina esta conversación y vuelve a verificar a tu contacto.

## Writing a message, under the conversation

compose-placeholder = Mensaje
compose-tooltip = Escribe un mensaje
compose-send-button = Enviar

## Messages in a conversation

message-received = { $peer }: { $text }
message-own = yo: { $text }
message-own-waiting = yo: { $text } (esperando una conversación privada)
message-own-held-ended = yo: { $text } (no enviado: tu contacto terminó la conversación privada)
message-own-held-compromised = yo: { $text } (no enviado: la clave de tu contacto está marcada como comprometida)
message-own-held-offline = yo: { $text } (no enviado: la cuenta está desconectada)
message-own-failed = yo: { $text } (no enviado)
message-own-discarded = yo: { $text } (descartado, no enviado)

## How a message travelled: the tooltip of every message

security-encrypted-verified = Privado: cifrado, y verificaste a tu contacto
security-encrypted-unverified = Privado pero no verificado: cifrado, tu contacto aún no está verificado
security-not-encrypted = No privado: el servidor puede leer este mensaje

## Verifying a contact (the Socialist Millionaires' Protocol of OTR)

verify-dialog-title = Verificar a tu contacto
verify-dialog-verify-button = Verificar
verify-dialog-explanation = Haz una pregunta que solo tu contacto pueda responder, o deja la pregunta vacía para comprobar un secreto que acordaron en persona. Nadie más conoce la respuesta, ni siquiera el servidor.
verify-question-placeholder = Pregunta (opcional)
verify-question-tooltip = Pregunta para tu contacto
verify-secret-placeholder = Respuesta esperada o secreto compartido
verify-secret-tooltip = Respuesta esperada o secreto compartido
verify-fingerprints-explanation = O comparen sus huellas digitales: léanselas mutuamente por un canal de confianza (en persona o por teléfono). Si la de tu contacto coincide con lo que te lee, pulsa «Coinciden».
verify-own-fingerprint = Tu huella digital: { $fingerprint }
verify-contact-fingerprint = Huella digital de tu contacto: { $fingerprint }
verify-fingerprint-matches-button = Coinciden
verify-fingerprint-compromised-button = La clave está comprometida
verification-request-question = { $peer } te pide verificar: { $question }
verification-request-secret = { $peer } te pide verificar con el secreto que acordaron.
verification-answer-placeholder = Tu respuesta
verification-answer-tooltip = Tu respuesta a la pregunta de verificación
verification-answer-button = Responder
verification-succeeded = Verificación correcta: tu contacto dio la misma respuesta.
verification-failed = La verificación falló: las respuestas no coinciden, o se interrumpió. Puede que estés hablando con otra persona.

## The server's certificate: a warning that may mean someone is intercepting

certificate-changed-title = El certificado del servidor ha cambiado
certificate-untrusted-title = El certificado del servidor no es de confianza
certificate-changed-explanation = Este servidor presentó un certificado distinto del que aceptaste antes. Alguien podría estar interceptando la conexión. No te conectes a menos que los administradores del servidor te hayan dicho que el certificado cambió.
certificate-details =
    { $explanation }

    Huella digital (SHA-256):
    { $fingerprint }

    Emitido para: { $subject }
    Emitido por: { $issuer }
    Válido hasta: { $expiry }
certificate-do-not-connect = No conectar
certificate-trust-button = Confiar en este certificado

## Errors: one sentence each, for someone who is not a computer expert

error-tor-unavailable = Tor no está funcionando, o no responde como debería, así que Otter no puede conectarse. Otter nunca se conecta sin Tor. Inicia Tor (en Tails: conéctate a Tor) y vuelve a intentarlo.
error-server-unreachable = Tor no pudo llegar al servidor. Puede que la dirección sea incorrecta o que el servidor no esté funcionando. Vuelve a intentarlo más tarde.
error-certificate-untrusted = El certificado del servidor no es de confianza. Alguien podría estar interceptando la conexión, o el servidor usa un certificado que tu ordenador no conoce.
error-authentication-failed = El servidor rechazó el inicio de sesión. Comprueba la dirección y la contraseña.
error-peer-misbehaved = El servidor o el contacto envió algo que Otter no acepta, así que Otter cortó esta conexión.
error-limit-exceeded = El servidor o el contacto envió más de lo que Otter acepta de una vez, así que Otter cortó esta conexión.
error-private-session-required = Este mensaje espera una conversación privada.
error-storage-failed = Otter no pudo leer ni guardar su configuración en este ordenador.
error-timed-out = Esto tardó demasiado. Puede que Tor aún esté iniciándose, o que la red sea lenta. Vuelve a intentarlo en un momento.
error-internal = Algo falló dentro de Otter. Por favor, informa de ello a los desarrolladores.

## Keeping a conversation on this computer (off unless the user turns it on)

history-keep-check = Guardar esta conversación
history-keep-tooltip = Guarda desde ahora los mensajes de esta conversación en tu carpeta de Otter. Los mensajes privados (cifrados) no se guardan. Desactivado por defecto: no se guarda nada a menos que lo actives.
history-delete-button = Borrar mensajes guardados
history-delete-tooltip = Borra todos los mensajes de esta conversación guardados en este ordenador
history-deleted = Mensajes guardados borrados.

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
