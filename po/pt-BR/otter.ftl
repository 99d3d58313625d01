# A interface do Otter em português do Brasil.
# Fonte: po/en-US/otter.ftl (as orientações para tradutores estão lá).
# Vocabulário: po/GLOSSARY.md. Tratamento por "você".

## Terms

-app-name = Otter

## The window

window-title = { -app-name }
window-title-conversation = { -app-name } — { $peer }

## Tor status line, at the top of the window

tor-status-checking = Verificando se o Tor está funcionando…
tor-status-ready = Conectado ao Tor. Todas as conexões passam pelo Tor, cada conta pelo seu próprio circuito.
tor-status-not-isolating = Conectado a um proxy SOCKS que não separa as contas: pode não ser o Tor.

## Sidebar: accounts and contacts

sidebar-accounts-heading = Contas
sidebar-contacts-heading = Contatos
sidebar-open-address-placeholder = Conversar com… (endereço XMPP ou apelido no IRC)
sidebar-open-address-tooltip = Endereço do contato com quem conversar
sidebar-contact-with-name = { $name } ({ $address })

## One row per account in the sidebar

account-connect-button = Conectar
account-disconnect-button = Desconectar
account-connect-tooltip = Conectar { $address } pelo Tor
account-status-offline = Desconectado
account-status-connecting = Conectando pelo Tor…
account-status-online = Conectado
account-status-failed = Não conectado: { $reason }

## Importing from Pidgin

pidgin-import-button = Importar do Pidgin
pidgin-import-button-tooltip = Trazer suas contas, contatos, salas de bate-papo e chaves OTR do Pidgin a partir de { $directory }
pidgin-import-dialog-title = Importar do Pidgin
pidgin-import-dialog-body = O Otter vai trazer suas contas, contatos, salas de bate-papo, chaves OTR e contatos verificados. O Pidgin também pode ter salvo senhas: traga-as somente se o armazenamento deste computador for criptografado (no Tails: o Armazenamento Persistente). O histórico de conversas do Pidgin não é copiado: o Otter não guarda histórico, a menos que você peça.
pidgin-import-without-passwords = Importar sem as senhas
pidgin-import-with-passwords = Importar com as senhas
pidgin-imported =
    Importado do Pidgin: { $accounts ->
        [one] { $accounts } conta
       *[other] { $accounts } contas
    } (já no Otter: { $skipped }), { $contacts ->
        [one] { $contacts } contato
       *[other] { $contacts } contatos
    }, { $rooms ->
        [one] { $rooms } sala de bate-papo
       *[other] { $rooms } salas de bate-papo
    }.

## Dialog buttons shared by several dialogs

dialog-cancel = Cancelar

## The conversation pane

conversation-none-open = Nenhuma conversa aberta
conversation-title = Conversa com { $peer }
conversation-start-private-button = Iniciar conversa privada
conversation-end-private-button = Terminar conversa privada
conversation-verify-button = Verificar contato
conversation-verify-button-tooltip = Confirme que está falando com a pessoa certa: faça uma pergunta que só ela saiba responder, ou confira um segredo combinado entre vocês
conversation-key-changed = Atenção: { $peer } está usando uma chave diferente da que você verificou. Pode ser um aparelho novo, ou outra pessoa. Verifique seu contato de novo antes de dizer qualquer coisa confidencial.

## What is private: the line above the messages. It must never say more than is true.

privacy-not-private = Não privada: as mensagens desta conversa não são criptografadas de ponta a ponta. O servidor pode lê-las.
privacy-private-unverified = Privada, mas não verificada: as mensagens são criptografadas (OTR), mas você não verificou quem é seu contato.
privacy-private-verified = Privada e verificada: as mensagens são criptografadas (OTR) e você verificou seu contato.
privacy-finished = Seu contato terminou a conversa privada. Nada do que você digitar será enviado até que você também a termine ou inicie uma nova.
privacy-compromised = Não é seguro: você marcou a chave do seu contato como comprometida. Nada do que você digitar será enviado. Termine esta conversa e verifique seu contato de novo.

## Writing a message, under the conversation

compose-placeholder = Mensagem
compose-tooltip = Digite uma mensagem
compose-send-button = Enviar

## Messages in a conversation

message-received = { $peer }: { $text }
message-own = eu: { $text }
message-own-waiting = eu: { $text } (aguardando uma conversa privada)
message-own-held-ended = eu: { $text } (não enviada: seu contato terminou a conversa privada)
message-own-held-compromised = eu: { $text } (não enviada: a chave do seu contato está marcada como comprometida)
message-own-held-offline = eu: { $text } (não enviada: a conta está desconectada)
message-own-failed = eu: { $text } (não enviada)
message-own-discarded = eu: { $text } (descartada, não enviada)

## How a message travelled: the tooltip of every message

security-encrypted-verified = Privada: criptografada, e você verificou seu contato
security-encrypted-unverified = Privada, mas não verificada: criptografada, seu contato ainda não foi verificado
security-not-encrypted = Não privada: o servidor pode ler esta mensagem

## Verifying a contact (the Socialist Millionaires' Protocol of OTR)

verify-dialog-title = Verificar seu contato
verify-dialog-verify-button = Verificar
verify-dialog-explanation = Faça uma pergunta que só seu contato saiba responder, ou deixe a pergunta em branco para conferir um segredo que vocês combinaram pessoalmente. Ninguém mais fica sabendo a resposta, nem mesmo o servidor.
verify-question-placeholder = Pergunta (opcional)
verify-question-tooltip = Pergunta para seu contato
verify-secret-placeholder = Resposta esperada ou segredo compartilhado
verify-secret-tooltip = Resposta esperada ou segredo compartilhado
verify-fingerprints-explanation = Ou comparem as impressões digitais: leiam-nas um para o outro por um meio em que vocês confiam (pessoalmente ou por telefone). Se a do seu contato for igual à que ele ler para você, clique em "São iguais".
verify-own-fingerprint = Sua impressão digital: { $fingerprint }
verify-contact-fingerprint = Impressão digital do seu contato: { $fingerprint }
verify-fingerprint-matches-button = São iguais
verify-fingerprint-compromised-button = A chave está comprometida
verification-request-question = { $peer } pede que você faça a verificação: { $question }
verification-request-secret = { $peer } pede que você faça a verificação com o segredo que vocês combinaram.
verification-answer-placeholder = Sua resposta
verification-answer-tooltip = Sua resposta à pergunta de verificação
verification-answer-button = Responder
verification-succeeded = Verificação concluída: seu contato deu a mesma resposta.
verification-failed = A verificação falhou: as respostas são diferentes, ou ela foi interrompida. Você pode estar falando com outra pessoa.

## The server's certificate: a warning that may mean someone is intercepting

certificate-changed-title = O certificado do servidor mudou
certificate-untrusted-title = O certificado do servidor não é confiável
certificate-changed-explanation = Este servidor apresentou um certificado diferente do que você aceitou antes. Alguém pode estar interceptando a conexão. Não se conecte, a menos que os administradores do servidor tenham avisado que o certificado mudou.
certificate-details =
    { $explanation }

    Impressão digital (SHA-256):
    { $fingerprint }

    Emitido para: { $subject }
    Emitido por: { $issuer }
    Válido até: { $expiry }
certificate-do-not-connect = Não conectar
certificate-trust-button = Confiar neste certificado

## Errors: one sentence each, for someone who is not a computer expert

error-tor-unavailable = O Tor não está funcionando, ou não responde como o Tor deveria, por isso o Otter não consegue se conectar. O Otter nunca se conecta sem o Tor. Inicie o Tor (no Tails: conecte-se ao Tor) e tente de novo.
error-server-unreachable = O Tor não conseguiu alcançar o servidor. O endereço pode estar errado, ou o servidor pode estar fora do ar. Tente de novo mais tarde.
error-certificate-untrusted = O certificado do servidor não é confiável. Alguém pode estar interceptando a conexão, ou o servidor usa um certificado que seu computador não conhece.
error-authentication-failed = O servidor recusou o login. Confira o endereço e a senha.
error-peer-misbehaved = O servidor ou o contato enviou algo que o Otter não aceita, por isso o Otter encerrou esta conexão.
error-limit-exceeded = O servidor ou o contato enviou mais do que o Otter aceita de uma vez, por isso o Otter encerrou esta conexão.
error-private-session-required = Esta mensagem está aguardando uma conversa privada.
error-storage-failed = O Otter não conseguiu ler nem salvar suas configurações neste computador.
error-timed-out = Isso demorou demais. O Tor pode ainda estar iniciando, ou a rede está lenta. Tente de novo daqui a pouco.
error-internal = Algo deu errado dentro do Otter. Por favor, relate isso aos desenvolvedores.

## Keeping a conversation on this computer (off unless the user turns it on)

history-keep-check = Guardar esta conversa
history-keep-tooltip = Salva de agora em diante as mensagens desta conversa na sua pasta do Otter. Mensagens privadas (criptografadas) não são salvas. Desativado por padrão: nada é salvo a menos que você ative.
history-delete-button = Apagar mensagens salvas
history-delete-tooltip = Apagar todas as mensagens desta conversa salvas neste computador
history-deleted = Mensagens salvas apagadas.

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
