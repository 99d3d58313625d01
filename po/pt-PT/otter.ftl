# A interface do Otter em português europeu.
# Fonte: po/en-US/otter.ftl (as indicações para tradutores estão lá).
# Vocabulário: po/GLOSSARY.md. Tratamento formal sem pronome ("o seu contacto").

## Terms

-app-name = Otter

## The window

window-title = { -app-name }
window-title-conversation = { -app-name } — { $peer }

## Tor status line, at the top of the window

tor-status-checking = A verificar se o Tor está a funcionar…
tor-status-ready = Ligado ao Tor. Todas as ligações passam pelo Tor, cada conta pelo seu próprio circuito.
tor-status-not-isolating = Ligado a um proxy SOCKS que não separa as contas: pode não ser o Tor.

## Sidebar: accounts and contacts

sidebar-accounts-heading = Contas
sidebar-contacts-heading = Contactos
sidebar-open-address-placeholder = Conversar com… (endereço XMPP ou alcunha IRC)
sidebar-open-address-tooltip = Endereço do contacto com quem conversar
sidebar-contact-with-name = { $name } ({ $address })

## One row per account in the sidebar

account-connect-button = Ligar
account-disconnect-button = Desligar
account-connect-tooltip = Ligar { $address } através do Tor
account-status-offline = Desligado
account-status-connecting = A ligar através do Tor…
account-status-online = Ligado
account-status-failed = Não ligado: { $reason }

## Importing from Pidgin

pidgin-import-button = Importar do Pidgin
pidgin-import-button-tooltip = Trazer as suas contas, contactos, salas de conversa e chaves OTR do Pidgin a partir de { $directory }
pidgin-import-dialog-title = Importar do Pidgin
pidgin-import-dialog-body = O Otter vai trazer as suas contas, contactos, salas de conversa, chaves OTR e contactos verificados. O Pidgin também pode ter guardado palavras-passe: traga-as apenas se o armazenamento deste computador estiver encriptado (no Tails: o Armazenamento Persistente). O histórico de conversas do Pidgin não é copiado: o Otter não guarda histórico, a não ser que o peça.
pidgin-import-without-passwords = Importar sem as palavras-passe
pidgin-import-with-passwords = Importar com as palavras-passe
pidgin-imported =
    Importado do Pidgin: { $accounts ->
        [one] { $accounts } conta
       *[other] { $accounts } contas
    } (já no Otter: { $skipped }), { $contacts ->
        [one] { $contacts } contacto
       *[other] { $contacts } contactos
    }, { $rooms ->
        [one] { $rooms } sala de conversa
       *[other] { $rooms } salas de conversa
    }.

## Dialog buttons shared by several dialogs

dialog-cancel = Cancelar

## The conversation pane

conversation-none-open = Nenhuma conversa aberta
conversation-title = Conversa com { $peer }
conversation-start-private-button = Iniciar conversa privada
conversation-end-private-button = Terminar conversa privada
conversation-verify-button = Verificar contacto
conversation-verify-button-tooltip = Certifique-se de que está a falar com a pessoa certa: faça uma pergunta a que só ela saiba responder, ou confira um segredo combinado entre ambos
conversation-key-changed = Atenção: { $peer } está a usar uma chave diferente da que verificou. Pode ser um dispositivo novo, ou outra pessoa. Verifique novamente o seu contacto antes de dizer qualquer coisa confidencial.

## What is private: the line above the messages. It must never say more than is true.

privacy-not-private = Não privada: as mensagens desta conversa não estão encriptadas ponto a ponto. O servidor pode lê-las.
privacy-private-unverified = Privada, mas não verificada: as mensagens estão encriptadas (OTR), mas não verificou quem é o seu contacto.
privacy-private-verified = Privada e verificada: as mensagens estão encriptadas (OTR) e verificou o seu contacto.
privacy-finished = O seu contacto terminou a conversa privada. Nada do que escrever é enviado até que também a termine ou inicie uma nova.
privacy-compromised = Não é seguro: marcou a chave do seu contacto como comprometida. Nada do que escrever é enviado. Termine esta conversa e verifique novamente o seu contacto.

## Writing a message, under the conversation

compose-placeholder = Mensagem
compose-tooltip = Escreva uma mensagem
compose-send-button = Enviar

## Messages in a conversation

message-received = { $peer }: { $text }
message-own = eu: { $text }
message-own-waiting = eu: { $text } (a aguardar uma conversa privada)
message-own-held-ended = eu: { $text } (não enviada: o seu contacto terminou a conversa privada)
message-own-held-compromised = eu: { $text } (não enviada: a chave do seu contacto está marcada como comprometida)
message-own-held-offline = eu: { $text } (não enviada: a conta está desligada)
message-own-failed = eu: { $text } (não enviada)
message-own-discarded = eu: { $text } (descartada, não enviada)

## How a message travelled: the tooltip of every message

security-encrypted-verified = Privada: encriptada, e verificou o seu contacto
security-encrypted-unverified = Privada, mas não verificada: encriptada, o seu contacto ainda não foi verificado
security-not-encrypted = Não privada: o servidor pode ler esta mensagem

## Verifying a contact (the Socialist Millionaires' Protocol of OTR)

verify-dialog-title = Verificar o seu contacto
verify-dialog-verify-button = Verificar
verify-dialog-explanation = Faça uma pergunta a que só o seu contacto saiba responder, ou deixe a pergunta vazia para conferir um segredo que combinaram pessoalmente. Mais ninguém fica a saber a resposta, nem mesmo o servidor.
verify-question-placeholder = Pergunta (opcional)
verify-question-tooltip = Pergunta para o seu contacto
verify-secret-placeholder = Resposta esperada ou segredo partilhado
verify-secret-tooltip = Resposta esperada ou segredo partilhado
verify-fingerprints-explanation = Ou comparem as impressões digitais: leiam-nas um ao outro por um meio de confiança (pessoalmente ou por telefone). Se a do seu contacto for igual à que ele lhe ler, carregue em "São iguais".
verify-own-fingerprint = A sua impressão digital: { $fingerprint }
verify-contact-fingerprint = Impressão digital do seu contacto: { $fingerprint }
verify-fingerprint-matches-button = São iguais
verify-fingerprint-compromised-button = A chave está comprometida
verification-request-question = { $peer } pede-lhe uma verificação: { $question }
verification-request-secret = { $peer } pede-lhe uma verificação com o segredo que combinaram.
verification-answer-placeholder = A sua resposta
verification-answer-tooltip = A sua resposta à pergunta de verificação
verification-answer-button = Responder
verification-succeeded = Verificação concluída: o seu contacto deu a mesma resposta.
verification-failed = A verificação falhou: as respostas são diferentes, ou foi interrompida. Pode estar a falar com outra pessoa.

## The server's certificate: a warning that may mean someone is intercepting

certificate-changed-title = O certificado do servidor mudou
certificate-untrusted-title = O certificado do servidor não é de confiança
certificate-changed-explanation = Este servidor apresentou um certificado diferente do que aceitou anteriormente. Alguém pode estar a intercetar a ligação. Não se ligue, a não ser que os administradores do servidor o tenham avisado de que o certificado mudou.
certificate-details =
    { $explanation }

    Impressão digital (SHA-256):
    { $fingerprint }

    Emitido para: { $subject }
    Emitido por: { $issuer }
    Válido até: { $expiry }
certificate-do-not-connect = Não ligar
certificate-trust-button = Confiar neste certificado

## Errors: one sentence each, for someone who is not a computer expert

error-tor-unavailable = O Tor não está a funcionar, ou não responde como o Tor deveria, por isso o Otter não se consegue ligar. O Otter nunca se liga sem o Tor. Inicie o Tor (no Tails: ligue-se ao Tor) e tente novamente.
error-server-unreachable = O Tor não conseguiu chegar ao servidor. O endereço pode estar errado, ou o servidor pode estar em baixo. Tente novamente mais tarde.
error-certificate-untrusted = O certificado do servidor não é de confiança. Alguém pode estar a intercetar a ligação, ou o servidor usa um certificado que o seu computador não conhece.
error-authentication-failed = O servidor recusou o início de sessão. Verifique o endereço e a palavra-passe.
error-peer-misbehaved = O servidor ou o contacto enviou algo que o Otter não aceita, por isso o Otter terminou esta ligação.
error-limit-exceeded = O servidor ou o contacto enviou mais do que o Otter aceita de uma só vez, por isso o Otter terminou esta ligação.
error-private-session-required = Esta mensagem está a aguardar uma conversa privada.
error-storage-failed = O Otter não conseguiu ler nem guardar as suas definições neste computador.
error-timed-out = Isto demorou demasiado. O Tor pode ainda estar a iniciar, ou a rede está lenta. Tente novamente daqui a pouco.
error-internal = Algo correu mal dentro do Otter. Por favor, comunique-o aos programadores.

## Keeping a conversation on this computer (off unless the user turns it on)

history-keep-check = Guardar esta conversa
history-keep-tooltip = Guarda a partir de agora as mensagens desta conversa na sua pasta do Otter. As mensagens privadas (encriptadas) não são guardadas. Desativado por predefinição: nada é guardado a menos que o ative.
history-delete-button = Eliminar mensagens guardadas
history-delete-tooltip = Eliminar todas as mensagens desta conversa guardadas neste computador
history-deleted = Mensagens guardadas eliminadas.

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
