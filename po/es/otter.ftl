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
privacy-device = Conversación privada con el dispositivo «{ $device }» de tu contacto. Solo ese dispositivo puede leer tus mensajes.

key-generation-started = Creando tu clave privada para { $account }… Las conversaciones privadas de esta cuenta empezarán cuando esté lista.
key-generation-finished = Tu clave privada para { $account } está lista.
key-generation-failed = No se pudo crear tu clave privada para { $account }, así que no puede empezar ninguna conversación privada. Los mensajes en espera siguen sin enviarse; se volverá a intentar en la próxima conversación privada.

## Writing a message, under the conversation

compose-placeholder = Mensaje
compose-tooltip = Escribe un mensaje
compose-send-button = Enviar

## Messages in a conversation

message-received = { $peer }: { $text }
message-received-not-private = Advertencia: { $peer } envió el mensaje de arriba sin cifrar, aunque esta conversación debería ser privada. No fue privado: el servidor pudo leerlo.
message-own = yo: { $text }
message-own-waiting = yo: { $text } (esperando una conversación privada)
message-own-held-ended = yo: { $text } (no enviado: tu contacto terminó la conversación privada)
message-own-held-compromised = yo: { $text } (no enviado: la clave de tu contacto está marcada como comprometida)
message-own-held-offline = yo: { $text } (no enviado: la cuenta está desconectada)
message-own-failed = yo: { $text } (no enviado)
message-own-discarded = yo: { $text } (descartado, no enviado)

## The conversation pane: days, delivery, failed messages, clearing the window

day-today = Hoy
day-yesterday = Ayer
delivery-waiting = En espera
delivery-waiting-tooltip = Aún no enviado: saldrá en cuanto se pueda (por ejemplo, cuando la conversación sea privada).
delivery-sent = Enviado
delivery-sent-tooltip = Enviado: ha salido de este ordenador.
delivery-delivered = Entregado
delivery-delivered-tooltip = Entregado: el dispositivo de tu contacto lo ha recibido.
delivery-failed = No enviado
delivery-failed-tooltip = No enviado. «Reintentar» lo envía de nuevo; «Descartar» lo quita.
message-retry-button = Reintentar
message-retry-tooltip = Enviar este mensaje de nuevo
message-discard-button = Descartar
message-discard-tooltip = Quitar este mensaje: no se envió
conversation-menu-button = Más
conversation-menu-tooltip = Más acciones para esta conversación
scrollback-clear-button = Limpiar la ventana
scrollback-clear-tooltip = Quita los mensajes mostrados en esta conversación. Los mensajes guardados en este ordenador no se borran.
scrollback-cleared = Ventana limpia. Los mensajes guardados en este ordenador no se han borrado.

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

## First run: the welcome, shown while there is no account

welcome-title = Te damos la bienvenida a { -app-name }
welcome-intro = { -app-name } se conecta solo a través de Tor. Añade una cuenta para empezar a chatear.
welcome-add-xmpp-button = Añadir una cuenta XMPP existente
welcome-add-xmpp-tooltip = Ya tienes una dirección XMPP (Jabber) y su contraseña
welcome-create-xmpp-button = Crear una cuenta XMPP nueva
welcome-add-irc-button = Añadir una red IRC
welcome-add-irc-tooltip = Chatea en OFTC, Libera.Chat u otra red IRC con tu apodo registrado

## Adding an account

account-dialog-xmpp-title = Añadir una cuenta XMPP
account-dialog-irc-title = Añadir una red IRC
account-dialog-add-button = Añadir cuenta
account-address-placeholder = Dirección, como nombre@example.org
account-address-tooltip = Tu dirección XMPP
account-nick-placeholder = Tu apodo registrado
account-nick-tooltip = El apodo que registraste en esta red
account-network-tooltip = Red IRC
account-network-custom = Otra red…
account-network-custom-placeholder = Servidor, como irc.example.org
account-network-custom-tooltip = El nombre del servidor de la red IRC
account-password-placeholder = Contraseña
account-password-tooltip = La contraseña de la cuenta
account-remember-password = Recordar contraseña
account-remember-password-tooltip = Guarda la contraseña en tu carpeta de Otter para que no tengas que volver a escribirla. En Tails, hazlo solo con el Almacenamiento Persistente activado. Desactivado: la escribes cada vez que te conectas.
account-advanced = Avanzado
account-host-placeholder = Conectar al servidor (opcional)
account-host-tooltip = Conectar a este servidor en lugar del de la dirección
account-port-placeholder = Puerto (opcional)
account-port-tooltip = Número de puerto en ese servidor
account-advanced-help = Solo hace falta si tu proveedor te lo indicó. El nombre se resuelve a través de Tor; Tor no puede consultar registros DNS SRV, así que si tu proveedor usa uno, escribe aquí su servidor y su puerto.

## Why an account cannot be added yet: shown under the fields as the user types

account-problem-address-empty = Escribe tu dirección.
account-problem-address-form = Una dirección XMPP tiene la forma nombre@example.org: un nombre, «@» y luego el servidor.
account-problem-address-spaces = Una dirección no tiene espacios.
account-problem-nick-empty = Escribe tu apodo.
account-problem-nick-form = Un apodo no tiene espacios ni «@», y no empieza por un dígito ni por «-».
account-problem-network-empty = Escribe el servidor de la red, como irc.example.org.
account-problem-password-empty = Escribe la contraseña.
account-problem-host-form = El servidor es un nombre como xmpp.example.org, sin espacios, «/» ni «:».
account-problem-port-form = El puerto es un número del 1 al 65535.
account-problem-irc-password = Escribe la contraseña de tu apodo registrado: { -app-name } inicia sesión con ella.

## Rooms (group chats): never private

sidebar-rooms-heading = Salas
rooms-join-button = Entrar en una sala…
rooms-join-tooltip = Entra en una sala de chat con una de tus cuentas XMPP
room-open-tooltip = Abrir esta sala (entra en ella si no estás dentro)
room-join-dialog-title = Entrar en una sala
room-join-dialog-button = Entrar en la sala
room-join-explanation = Nada de lo que se dice en una sala es privado: todas las personas que están en ella, y el servidor, leen cada mensaje.
room-account-tooltip = La cuenta con la que entrar
room-address-placeholder = Dirección de la sala, como { $example }
room-address-tooltip = La dirección de la sala
room-nick-placeholder = Tu apodo en la sala
room-nick-tooltip = El nombre que ven los demás en la sala
room-password-placeholder = Contraseña de la sala (solo si tiene)
room-password-tooltip = La contraseña de la sala, si tiene
room-bookmark-check = Guardar en mis salas
room-autojoin-check = Entrar automáticamente al conectarme
room-problem-address = La dirección de una sala tiene la forma nombre@conference.example.org: un nombre, «@» y luego el servidor.
room-problem-nick = Escribe el apodo que quieres usar en la sala.
room-not-private-banner = No es privada: todas las personas de esta sala, y el servidor, pueden leer cada mensaje. Las conversaciones privadas (OTR) no son posibles en las salas.
room-warning-address-visible = Todas las personas de esta sala pueden ver tu dirección real.
room-warning-logged = Esta sala se registra públicamente: lo que digas puede publicarse.
room-warning-created = Creaste esta sala.
room-warning-nick-changed = La sala te dio otro apodo: { $nick }
room-joined-as = Estás en esta sala como { $nick }.
room-joining = Entrando…
room-topic = Tema: { $topic }
room-topic-none = Sin tema
room-topic-set = { $nick } cambió el tema: { $topic }
room-occupants-count = { $count ->
    [one] { $count } persona aquí
   *[other] { $count } personas aquí
}
room-occupants-tooltip = Personas en esta sala
room-occupant-moderator = { $nick } (moderación)
room-occupant-participant = { $nick }
room-occupant-visitor = { $nick } (solo puede leer)
room-message = { $nick }: { $text }
room-message-history = { $nick } (antes): { $text }
room-message-from-room = La sala dice: { $text }
room-occupant-joined = { $nick } entró
room-occupant-left = { $nick } salió
room-occupant-renamed = { $from } ahora es { $to }
room-leave-button = Salir de la sala
room-leave-tooltip = Sal de esta sala; puedes volver a entrar más tarde
room-compose-tooltip = Escribe un mensaje para todas las personas de la sala
room-left-left = Saliste de la sala.
room-left-kicked = Un moderador te expulsó de la sala.
room-left-banned = Tienes prohibida la entrada a esta sala.
room-left-removed = Ya no tienes permiso para estar en esta sala.
room-left-shutdown = El servidor de la sala se apagó.
room-left-destroyed = La sala se cerró.
room-left-too-many = Esta sala tiene más personas de las que { -app-name } puede seguir, así que { -app-name } salió de ella.
room-left-disconnected = Estás fuera de la sala: la cuenta se desconectó.
room-error-nick-in-use = Alguien en esta sala ya usa ese apodo. Elige otro.
room-error-password = Esta sala necesita una contraseña, o la contraseña era incorrecta.
room-error-banned = Tienes prohibida la entrada a esta sala.
room-error-not-found = No hay ninguna sala en esta dirección.
room-error-members-only = Solo los miembros pueden entrar en esta sala.
room-error-full = Esta sala está llena.
room-error-creation-refused = El servidor no te permite crear esta sala.
room-error-nick-refused = La sala no acepta este apodo. Elige otro.
room-error-message-refused = La sala no aceptó tu mensaje: puede que no tengas permiso para hablar en ella.
room-error-other = La sala lo rechazó: { $condition }
room-problem = { $room }: { $error }
room-topic-button = Cambiar tema…
room-topic-button-tooltip = Da a esta sala otro tema, que ve todo el mundo en ella
room-topic-dialog-title = Tema de { $room }
room-topic-entry = Tema nuevo (vacío: sin tema)
room-topic-entry-tooltip = El tema que ve todo el mundo en la sala
room-topic-dialog-button = Poner tema
room-nick-button = Cambiar apodo…
room-nick-button-tooltip = Aparece con otro apodo en esta sala
room-nick-dialog-title = Tu apodo en { $room }
room-nick-irc-explanation = En IRC tu apodo es de toda la red: cambia en todos los canales de esta cuenta.
room-nick-dialog-button = Usar este apodo
room-invite-button = Invitar…
room-invite-button-tooltip = Invita a alguien a esta sala
room-invite-dialog-title = Invitar a alguien a { $room }
room-invite-address = Su dirección, como nombre@example.org
room-invite-address-tooltip = La dirección de la persona a la que invitas
room-reason-entry = Motivo (opcional)
room-invite-reason-tooltip = Unas palabras que se envían con la invitación
room-invite-dialog-button = Enviar invitación
room-invite-problem-address = Una dirección es así: nombre@example.org, un nombre, «@» y el servidor.
room-invite-sent = Invitación enviada a { $address }.
room-occupant-actions = Acciones para { $nick }
room-action-kick = Expulsar de la sala
room-action-ban = Prohibir la entrada a la sala
room-action-grant-voice = Dejar hablar
room-action-revoke-voice = Quitar la palabra
room-action-grant-moderator = Hacer moderador
room-action-revoke-moderator = Quitar la moderación
room-kick-dialog-title = ¿Expulsar a { $nick } de la sala?
room-kick-explanation = Podrá volver. Todo el mundo en la sala verá que lo expulsaste, y tu motivo.
room-kick-button = Expulsar
room-ban-dialog-title = ¿Prohibir a { $nick } la entrada a la sala?
room-ban-explanation = No podrá volver hasta que un administrador levante la prohibición. Todo el mundo en la sala verá que se la prohibiste, y tu motivo.
room-ban-button = Prohibir la entrada
room-moderation-reason-tooltip = Por qué: todo el mundo en la sala lo ve
room-occupant-now-moderator = { $nick } ahora modera.
room-occupant-now-participant = { $nick } puede hablar.
room-occupant-now-visitor = { $nick } ahora solo puede leer.
room-occupant-kicked = { $nick } fue expulsado de la sala.
room-occupant-banned = { $nick } tiene prohibida la entrada a la sala.
room-refused-configure = La sala no aceptó su configuración predeterminada, así que sigue cerrada para los demás.
room-refused-kick = La sala no te dejó expulsar a esa persona.
room-refused-ban = La sala no te dejó prohibir la entrada a esa persona.
room-refused-voice = La sala no te dejó cambiar quién puede hablar.
room-refused-moderator = La sala no te dejó cambiar quién modera.
room-refused-invite = La sala no pasó tu invitación.
room-refused-destroy = La sala no te dejó cerrarla.
room-refused-subject = La sala no te dejó cambiar el tema.
room-refused-configuration = La sala no te dejó ver ni cambiar su configuración.
room-refused-rights = Aquí no tienes permiso para eso.
room-refused-later = Vuelve a intentarlo en un momento.
room-refused-condition = La sala dijo: { $condition }
rooms-channels-button = Canales IRC…
rooms-channels-tooltip = Busca en los canales de una red IRC a la que estás conectado y entra en uno
room-channels-dialog-title = Canales IRC
room-channels-explanation = Nada de lo que se dice en un canal es privado: todo el mundo en él, y la red, lee cada mensaje.
room-channels-network-tooltip = La red IRC en la que buscar
room-channels-search-placeholder = Parte del nombre de un canal (vacío: todos)
room-channels-search-tooltip = Busca los canales de la red por nombre
room-channels-search-button = Buscar
room-channels-no-network = Conecta primero una red IRC: sus canales se listan a través de ella.
room-channels-searching = Preguntando a la red…
room-channels-count = { $count ->
    [one] Se encontró un canal.
   *[other] Se encontraron { $count } canales.
}
room-channels-truncated = Coinciden más canales de los que se pueden mostrar; aquí están los primeros { $count }. Escribe más del nombre para afinar la búsqueda.
room-channels-row = { $room } ({ $people ->
    [one] una persona
   *[other] { $people } personas
}): { $topic }
room-channels-join-button = Entrar
room-channels-join = Entrar en { $room }

## Preferences (Ctrl+comma)

prefs-title = Preferencias
prefs-button = Preferencias
prefs-button-tooltip = Ajustes de privacidad y conversaciones guardadas
prefs-require-private = Exigir conversaciones privadas con todos
prefs-require-private-explanation = Si está activado, ningún mensaje a un contacto sale sin cifrar: espera hasta que la conversación privada (OTR) esté establecida. Las salas nunca son privadas y esto no las cambia.
prefs-require-private-unknown = A medias: esta ventana no sabe si lo activaste en una sesión anterior. Elige activado o desactivado.
prefs-delete-all-button = Eliminar todas las conversaciones guardadas
prefs-delete-all-tooltip = Elimina todos los mensajes guardados en este ordenador, de todas las conversaciones
prefs-delete-all-confirm-title = ¿Eliminar todas las conversaciones guardadas?
prefs-delete-all-confirm-body = Se eliminarán todos los mensajes guardados en este ordenador. Esto no se puede deshacer.
prefs-delete-all-confirm-button = Eliminar todo
prefs-language = Idioma
prefs-language-system = El mismo que el sistema
prefs-language-next-start = { -app-name } usará este idioma la próxima vez que se inicie.
dialog-close = Cerrar

## A profile Otter cannot open

profile-problem-title = Otter no puede abrir tu configuración
profile-damaged-explanation = El archivo de { $folder } donde Otter guarda tus cuentas, contactos y claves de confianza está dañado.
profile-newer-explanation = El archivo de { $folder } donde Otter guarda tus cuentas, contactos y claves de confianza lo escribió una versión más reciente de Otter, que esta versión no puede leer.
profile-set-aside-explanation = Otter puede moverlo, junto con tus claves privadas y el historial que hayas guardado, a una carpeta nueva dentro de esa, y empezar sin cuentas. No se borra nada.
profile-set-aside-button = Moverlo y empezar sin cuentas
profile-quit-button = Salir

## Unread messages and notifications

sidebar-contact-unread = { $name }, { $count ->
    [one] un mensaje sin leer
   *[other] { $count } mensajes sin leer
}
notification-new-message = Mensaje nuevo
notification-new-message-from = Mensaje nuevo de { $name }
prefs-notify-sender = Mostrar quién escribió en las notificaciones
prefs-notify-sender-explanation = Si está desactivado, una notificación solo dice «Mensaje nuevo», así nadie que vea tu pantalla sabe quién escribió. El mensaje en sí nunca aparece en una notificación.

## Links in messages: asked before anything opens outside Otter

link-open-title = ¿Abrir este enlace fuera de Otter?
link-open-body = { $address } se abrirá en tu navegador web, fuera de Otter. Puede que el navegador no se conecte a través de Tor, y el sitio web sabrá que alguien abrió el enlace.
link-open-button = Abrir enlace

## Creating an XMPP account on its server (in-band registration)

welcome-create-xmpp-tooltip = Crear una cuenta nueva en un servidor XMPP, a través de Tor
account-dialog-create-title = Crear una cuenta XMPP
account-dialog-create-button = Crear cuenta
account-random-name-button = Nombre al azar
account-random-name-tooltip = Rellena un nombre inventado que no dice nada de ti, para una cuenta desechable
account-password-repeat-placeholder = Repite la contraseña
account-password-repeat-tooltip = Escribe la contraseña otra vez, para asegurarte
account-problem-password-mismatch = Las dos contraseñas no coinciden.
registration-started = Creando { $address } en su servidor a través de Tor…
registration-succeeded = { $address } se creó y se añadió.
registration-name-taken = Ese nombre ya está ocupado en este servidor: elige otro.
registration-not-acceptable = El servidor no acepta este nombre o esta contraseña.
registration-closed = Este servidor no permite crear cuentas desde aquí. Créala en el sitio web del servidor (en el Navegador Tor) y luego añádela.
registration-too-many = Se crearon demasiadas cuentas hace poco desde esta salida de Tor. Vuelve a intentarlo más tarde.
registration-cannot-show-form = El servidor pide algo que Otter no puede mostrar (como una imagen que descifrar). Crea la cuenta en el sitio web del servidor (en el Navegador Tor) y luego añádela.
registration-not-saved = La cuenta se creó, pero Otter no pudo guardarla: añádela con «Añadir una cuenta XMPP existente».
registration-failed = No se pudo crear { $address }: { $reason }

## Presence and requests

sidebar-status-label = Tu estado
presence-available = Disponible
presence-away = Ausente
presence-busy = Ocupado
presence-offline = Desconectado
contact-request = { $peer } quiere añadirte como contacto y ver cuándo estás en línea.
contact-request-accept = Aceptar
contact-request-refuse = Rechazar
room-invitation = { $from } te invita a la sala { $room }.
room-invitation-unknown = Te han invitado a la sala { $room }.
room-invitation-join = Entrar
room-invitation-ignore = Ignorar

## The password prompt

password-prompt-title = Contraseña de { $address }
password-prompt-body = Escribe la contraseña de { $address }. Otter solo la conserva hasta que se cierra; no se guarda.

## Verification under way

verification-in-progress = Verificando a tu contacto…
verification-stop-button = Detener la verificación

## How far a sent message got

message-state-server = { $security } El servidor lo ha recibido.
message-state-delivered = { $security } Entregado en el dispositivo de tu contacto.
message-own-elsewhere = yo, desde otro dispositivo: { $text }

## Órdenes del cuadro de mensaje (una línea que empieza por "/")

command-unknown = { $command } no es una orden que Otter conozca. No se envió nada. Para enviar una línea que empiece por "/", empiézala con "//".
command-unsupported = { $command } todavía no está disponible aquí. No se envió nada.
command-incomplete = A { $command } le faltan palabras, por ejemplo: { $example }. No se envió nada.
command-room-only = { $command } solo funciona en una sala. No se envió nada.

## Avisos de escritura

typing-notice = { $peer } está escribiendo…
prefs-share-typing = Compartir avisos de escritura
prefs-send-receipts = Enviar confirmaciones de entrega
prefs-activity-explanation = Los avisos de escritura les dicen a tus contactos cuándo les estás escribiendo; las confirmaciones de entrega, cuándo sus mensajes llegaron a este ordenador. Ambos muestran cuándo estás frente al teclado. Desactivados salvo que los actives. Las salas nunca los reciben.

## Cambio rápido (Ctrl+K)

switcher-title = Ir a una conversación
switcher-search-placeholder = Nombre o dirección
switcher-search-tooltip = Escribe parte del nombre o la dirección de un contacto, sala o canal y pulsa Intro
switcher-row = { $name } ({ $address })
switcher-nothing = No hay coincidencias.

## Editar una cuenta

account-edit-button = Editar
account-edit-tooltip = Cambiar el servidor, el puerto, el cifrado o la contraseña guardada de { $address }
account-edit-title = Editar { $address }
account-edit-save = Guardar cambios
account-direct-tls = Usar TLS desde el principio (TLS directo)
account-direct-tls-tooltip = Solo si tu proveedor ofrece XMPP en un puerto TLS, normalmente el 5223. Si no, Otter inicia TLS en el puerto habitual (STARTTLS). En ambos casos la conexión va cifrada.
account-edit-password-remembered = Otter guarda la contraseña de esta cuenta.
account-edit-password-not-remembered = Otter no guarda la contraseña de esta cuenta; la pide en cada inicio.
account-edit-password-keep = Dejar como está
account-edit-password-forget = Olvidar la contraseña
account-edit-password-remember = Guardar una contraseña
account-edit-password-tooltip = La contraseña que se guardará para esta cuenta

## Copy buttons and an IRC account's client certificate

copy-button = Copiar
copy-done = Copiado
verify-copy-own-tooltip = Copiar tu huella digital
verify-copy-contact-tooltip = Copiar la huella digital de tu contacto
client-certificate-button = Certificado de cliente…
client-certificate-button-tooltip = Iniciar sesión en esta red con un certificado en lugar de tu contraseña
client-certificate-title = Certificado de cliente de { $address }
client-certificate-explanation = Otter ha creado un certificado para esta cuenta y lo guarda con tu configuración. Regístralo una vez en los servicios de la red mientras tienes la sesión iniciada con tu contraseña: envíales la orden de abajo (pégala en cualquier conversación de esta red).
client-certificate-fingerprint = Huella digital (SHA-256): { $fingerprint }
client-certificate-command = Orden: { $command }
client-certificate-copy-fingerprint = Copiar la huella digital del certificado
client-certificate-copy-command = Copiar la orden
client-certificate-after = A partir de la próxima conexión, Otter inicia sesión con el certificado (SASL EXTERNAL) y no necesita enviar tu contraseña. Quien tenga una copia de la carpeta de configuración de Otter puede iniciar sesión como tú: protégela como tu contraseña.

## Grupos de contactos

contacts-group-none = Otros contactos
contact-group-menu = Mover a un grupo…
contact-group-menu-tooltip = Pon este contacto en un grupo de tu lista de contactos
contact-group-title = Mover a un grupo
contact-group-explanation = Elige un grupo para { $name }: escribe su nombre o elige uno de tus grupos de abajo. Déjalo vacío para ningún grupo. Tus otras aplicaciones XMPP muestran los mismos grupos.
contact-group-label = Grupo
contact-group-placeholder = Sin grupo
contact-group-tooltip = El nombre del grupo, nuevo o existente
contact-group-known = Tus grupos
contact-group-move = Mover
contact-group-not-listed = Solo los contactos de la lista de contactos de una cuenta XMPP pueden estar en un grupo.

## The proxy (preferences)

prefs-proxy-expander = Proxy (avanzado)
prefs-proxy-explanation = Otter se conecta solo a través del puerto SOCKS de Tor. Salvo que lo cambies aquí, es 127.0.0.1:9050, donde escucha el Tor de Tails; el Tor propio del Navegador Tor escucha en 127.0.0.1:9150. Indica una dirección IP y un puerto: Otter nunca busca un nombre fuera de Tor.
prefs-proxy-in-use = Otter se conecta a través de { $address }.
prefs-proxy-fixed = En esta ejecución Otter se conecta a través de { $address }, indicado al iniciarlo. Un proxy guardado aquí se aplica desde el próximo inicio sin esa indicación.
prefs-proxy-placeholder = 127.0.0.1:9050
prefs-proxy-tooltip = Dirección IP y puerto del proxy SOCKS5 (Tor)
prefs-proxy-use-button = Usar este proxy
prefs-proxy-default-button = Volver a 127.0.0.1:9050
prefs-proxy-invalid = Indica una dirección IP y un puerto, como 127.0.0.1:9150.
prefs-proxy-reconnect = Las cuentas conectadas ahora conservan su conexión hasta que se vuelvan a conectar.

## Room settings (the room's configuration form) and destroying a room

room-create-heading = Si esto crea una sala nueva:
room-create-defaults = Aceptar la configuración predeterminada
room-create-defaults-tooltip = La sala nueva se abre enseguida con la configuración habitual del servidor
room-create-configure = Configurar la sala…
room-create-configure-tooltip = Otter te muestra primero la configuración de la sala nueva; nadie más puede entrar hasta que la guardes
room-settings-button = Configuración de la sala…
room-settings-button-tooltip = Ver y cambiar la configuración de esta sala (es tuya)
room-form-title = Configuración de { $room }
room-form-save = Guardar configuración
room-form-new-room = Esta sala es nueva: nadie más puede entrar hasta que guardes su configuración. Cancelar elimina la sala.
room-form-required = (obligatorio)
room-form-not-set = Sin definir
room-form-left-out = Ajustes que no se muestran aquí: { $count }. Conservan sus valores.
room-form-problem-required = Rellena: { $name }
room-form-problem-address = No es una dirección (nombre@servidor, una por línea): { $name }
room-form-saved = La sala aplicó su nueva configuración.
room-destroy-tool-button = Destruir la sala…
room-destroy-tool-tooltip = Sacar a todos de esta sala y eliminarla (es tuya)
room-destroy-dialog-title = ¿Destruir { $room }?
room-destroy-explanation = Todos los de la sala salen de ella y la sala desaparece: su nombre queda libre para cualquiera. No se puede deshacer.
room-destroy-reason-tooltip = Por qué: todos los de la sala lo ven al salir
room-destroy-button = Destruir la sala
room-left-destroyed-moved = La sala se cerró. Se pidió a sus participantes que fueran a { $room } en su lugar.

## IRC in the window: networks without a password, channels by name, invitations
account-irc-no-password = Sin contraseña: { -app-name } se conecta solo con el apodo, sin iniciar sesión
account-irc-no-password-tooltip = Para una red sin cuentas, o un apodo que nunca registraste. Un apodo que ya inició sesión antes nunca se usa sin su contraseña.
room-join-connect-first = Conecta primero una cuenta XMPP o una red IRC: las salas y los canales se unen a través de ella.
room-channel-placeholder = Canal, como #otter
room-channel-tooltip = El nombre del canal en esta red, empezando por #
room-key-placeholder = Clave del canal (solo si tiene una)
room-key-tooltip = La clave del canal, si tiene una
room-problem-channel = El nombre de un canal empieza por # (o &) y no lleva espacios ni comas, como #otter.
room-invite-nick = Su apodo
room-invite-nick-tooltip = El apodo de la persona a la que invitas
room-invite-problem-nick = Escribe su apodo: sin espacios, y sin empezar por un número ni por #.
error-irc-login-needed = Este apodo ya inició sesión antes, así que { -app-name } solo lo conecta con su contraseña.

## The join dialog: the account's room service

room-service-line = Salas en este servidor: { $service }
room-service-copy-tooltip = Copiar la dirección del servicio de salas de este servidor

## IRC: NickServ como inicio de sesión alternativo
account-irc-nickserv-fallback = Identificarte con NickServ si la red no tiene SASL
account-irc-nickserv-fallback-help = Solo para una red sin SASL. SASL es más seguro: inicia tu sesión antes de que se vea tu apodo, y la contraseña solo va al servidor. Con NickServ, tu apodo se ve antes de que te identifiques, y la contraseña va a quien responda como NickServ. Nunca se usa si la red ofrece SASL.

## IRC: un servicio Onion sin TLS, solo si lo permites
account-irc-onion-plaintext = Conectar sin TLS (solo servicios Onion)
account-irc-onion-plaintext-warning = Este servicio Onion no usa TLS: Tor cifra la conexión hasta él, pero la identidad del servidor es solo su dirección .onion. Solo para una red cuyo servicio Onion escucha sin TLS; tu contraseña viaja entonces por esa conexión.
account-problem-plaintext-not-onion = Una conexión sin TLS es solo para un servicio Onion: el nombre del servidor debe terminar en .onion.

## Temporary XMPP accounts (SASL ANONYMOUS)

account-temporary = Cuenta temporal (sin contraseña; una dirección aleatoria nueva en cada conexión)
account-temporary-help = Para servidores que lo permiten: el servidor te da una dirección nueva cada vez que te conectas y la olvida, junto con sus contactos, cuando te desconectas.
account-temporary-server-placeholder = Servidor, como example.org
account-temporary-server-tooltip = El nombre de un servidor que permite cuentas temporales
account-problem-temporary-server = Escribe solo el nombre del servidor, como example.org.
account-status-online-as = Conectado como { $address }
error-temporary-not-allowed = Este servidor no permite cuentas temporales.

## IRCv3: netsplits y netjoins, rechazos del servidor, invitaciones vistas en un canal

room-netsplit = { $count ->
    [one] { $count } persona salió: netsplit entre { $first } y { $second }
   *[other] { $count } personas salieron: netsplit entre { $first } y { $second }
}
room-netjoin = { $count ->
    [one] { $count } persona volvió
   *[other] { $count } personas volvieron
}
server-refused = El servidor rechazó { $command }: { $description }
room-invited-other = { $by } invitó a { $nick }

## IRC commands in the composer: /whois and /mode

whois-user = { $nick } es { $mask }
whois-not-found = Ahora nadie usa el apodo { $nick } en esta red.
whois-realname = Nombre real: { $name }
whois-account = Ha iniciado sesión como { $account }
whois-channels = Canales: { $channels }
whois-channels-truncated = Canales (los primeros { $count }): { $channels }
whois-server = Servidor: { $server }
whois-idle = Inactivo desde hace { $seconds } s
whois-away = Ausente: { $message }
whois-secure = Conectado a su servidor con TLS
room-modes = Modos del canal: { $modes }
room-bans-none = Nadie está vetado en { $room }.
room-bans-count = Vetos en { $room }: { $count }
room-bans-entry = { $mask }, puesto por { $by }
room-bans-truncated = La lista es más larga; solo se muestran los primeros { $count }.
room-refused-modes = El canal no te dejó cambiar sus modos: solo pueden sus operadores.

## IRC command /raw: one line as typed, after a confirmation

command-raw-control = Una línea para /raw no puede llevar un salto de línea ni NUL: se convertiría en dos órdenes. No se envió nada.
command-raw-too-long = Una línea para /raw puede tener como máximo 510 bytes. No se envió nada.
command-raw-private = /raw no envía mensajes ni avisos a una persona: se saltarían la conversación privada (OTR). Escribe en vuestra conversación. No se envió nada.
command-raw-prefixed = Una línea para /raw empieza por la orden, no por @ ni :. No se envió nada.
raw-confirm-title = ¿Enviar líneas sin comprobar?
raw-confirm-body = /raw envía a la red IRC exactamente lo que escribiste. { -app-name } no comprueba lo que hace: una orden equivocada puede cambiar tu cuenta o tus canales, o contarle a la red más de lo que querías. Los mensajes a personas siguen yendo solo por su conversación. Hasta que salgas, las líneas de /raw se envían sin volver a preguntar.
raw-confirm-button = Enviar sin comprobar

## IRC: someone changes a channel's modes

room-mode-op-given = { $by } hace a { $nick } operador del canal.
room-mode-op-taken = { $by } quita a { $nick } como operador del canal.
room-mode-voice-given = { $by } deja hablar a { $nick } (voz).
room-mode-voice-taken = { $by } impide hablar a { $nick } (voz retirada).
room-mode-ban = { $by } banea a { $mask }.
room-mode-unban = { $by } levanta el baneo de { $mask }.
room-mode-set = { $by } pone el modo { $modes }
room-mode-set-more = { $by } pone el modo { $modes } y { $count } más
room-mode-by-server = El servidor

## IRC command /who

who-count = { $target }: { $count } personas
who-none = Ahora mismo nadie coincide con { $target } en esta red.
who-person = { $nick } ({ $mask }) { $name }
who-person-away = { $nick } ({ $mask }, ausente) { $name }
who-truncated = La lista es más larga; solo se muestran los primeros { $count }.
