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
privacy-device = Conversa privada com o dispositivo "{ $device }" do seu contacto. Só esse dispositivo pode ler as suas mensagens.

key-generation-started = A criar a sua chave privada para { $account }… As conversas privadas desta conta começam quando ela estiver pronta.
key-generation-finished = A sua chave privada para { $account } está pronta.
key-generation-failed = Não foi possível criar a sua chave privada para { $account }, por isso nenhuma conversa privada pode começar. As mensagens em espera continuam por enviar; será feita nova tentativa na próxima conversa privada.

## Writing a message, under the conversation

compose-placeholder = Mensagem
compose-tooltip = Escreva uma mensagem
compose-send-button = Enviar

## Messages in a conversation

message-received = { $peer }: { $text }
message-received-not-private = Atenção: { $peer } enviou a mensagem acima sem encriptação, embora esta conversa devesse ser privada. Não era privada: o servidor podia lê-la.
message-own = eu: { $text }
message-own-waiting = eu: { $text } (a aguardar uma conversa privada)
message-own-held-ended = eu: { $text } (não enviada: o seu contacto terminou a conversa privada)
message-own-held-compromised = eu: { $text } (não enviada: a chave do seu contacto está marcada como comprometida)
message-own-held-offline = eu: { $text } (não enviada: a conta está desligada)
message-own-failed = eu: { $text } (não enviada)
message-own-discarded = eu: { $text } (descartada, não enviada)

## The conversation pane: days, delivery, failed messages, clearing the window

day-today = Hoje
day-yesterday = Ontem
delivery-waiting = A aguardar
delivery-waiting-tooltip = Ainda não enviada: sai logo que possível (por exemplo, quando a conversa ficar privada).
delivery-sent = Enviada
delivery-sent-tooltip = Enviada: saiu deste computador.
delivery-delivered = Entregue
delivery-delivered-tooltip = Entregue: o dispositivo do seu contacto recebeu-a.
delivery-failed = Não enviada
delivery-failed-tooltip = Não enviada. "Tentar novamente" envia-a outra vez; "Descartar" remove-a.
message-retry-button = Tentar novamente
message-retry-tooltip = Enviar esta mensagem outra vez
message-discard-button = Descartar
message-discard-tooltip = Remover esta mensagem: não foi enviada
conversation-menu-button = Mais
conversation-menu-tooltip = Mais ações para esta conversa
scrollback-clear-button = Limpar a janela
scrollback-clear-tooltip = Remove as mensagens mostradas nesta conversa. As mensagens guardadas neste computador não são eliminadas.
scrollback-cleared = Janela limpa. As mensagens guardadas neste computador não foram eliminadas.

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

## First run: the welcome, shown while there is no account

welcome-title = Boas-vindas ao { -app-name }
welcome-intro = O { -app-name } só se liga através do Tor. Adicione uma conta para começar a conversar.
welcome-add-xmpp-button = Adicionar uma conta XMPP existente
welcome-add-xmpp-tooltip = Já tem um endereço XMPP (Jabber) e a respetiva palavra-passe
welcome-create-xmpp-button = Criar uma nova conta XMPP
welcome-add-irc-button = Adicionar uma rede IRC
welcome-add-irc-tooltip = Converse na OFTC, na Libera.Chat ou noutra rede IRC com a sua alcunha registada

## Adding an account

account-dialog-xmpp-title = Adicionar uma conta XMPP
account-dialog-irc-title = Adicionar uma rede IRC
account-dialog-add-button = Adicionar conta
account-address-placeholder = Endereço, como nome@example.org
account-address-tooltip = O seu endereço XMPP
account-nick-placeholder = A sua alcunha registada
account-nick-tooltip = A alcunha que registou nesta rede
account-network-tooltip = Rede IRC
account-network-custom = Outra rede…
account-network-custom-placeholder = Servidor, como irc.example.org
account-network-custom-tooltip = O nome do servidor da rede IRC
account-password-placeholder = Palavra-passe
account-password-tooltip = A palavra-passe da conta
account-remember-password = Memorizar a palavra-passe
account-remember-password-tooltip = Guarda a palavra-passe na sua pasta do Otter, para não ter de a escrever novamente. No Tails, faça-o apenas com o Armazenamento Persistente ativado. Desativado: escreve a palavra-passe sempre que se liga.
account-advanced = Avançado
account-host-placeholder = Ligar ao servidor (opcional)
account-host-tooltip = Ligar a este servidor em vez do que consta do endereço
account-port-placeholder = Porta (opcional)
account-port-tooltip = Número da porta nesse servidor
account-advanced-help = Só é necessário se o seu fornecedor o indicou. O nome é consultado através do Tor; o Tor não consegue consultar registos DNS SRV, por isso, se o seu fornecedor usar um, escreva aqui o servidor e a porta indicados.

## Why an account cannot be added yet: shown under the fields as the user types

account-problem-address-empty = Escreva o seu endereço.
account-problem-address-form = Um endereço XMPP é como nome@example.org: um nome, "@" e depois o servidor.
account-problem-address-spaces = Um endereço não tem espaços.
account-problem-nick-empty = Escreva a sua alcunha.
account-problem-nick-form = Uma alcunha não tem espaços nem "@", e não começa por um algarismo nem por "-".
account-problem-network-empty = Escreva o servidor da rede, como irc.example.org.
account-problem-password-empty = Escreva a palavra-passe.
account-problem-host-form = O servidor é um nome como xmpp.example.org, sem espaços, "/" nem ":".
account-problem-port-form = A porta é um número de 1 a 65535.
account-problem-irc-password = Escreva a palavra-passe da sua alcunha registada: o { -app-name } inicia sessão com ela.

## Rooms (group chats): never private

sidebar-rooms-heading = Salas
rooms-join-button = Entrar numa sala…
rooms-join-tooltip = Entrar numa sala de conversa com uma das suas contas XMPP
room-open-tooltip = Abrir esta sala (entra nela se ainda não estiver lá)
room-join-dialog-title = Entrar numa sala
room-join-dialog-button = Entrar na sala
room-join-explanation = Nada do que é dito numa sala é privado: todos os que lá estão, e o servidor, leem todas as mensagens.
room-account-tooltip = A conta com que entrar
room-address-placeholder = Endereço da sala, como { $example }
room-address-tooltip = O endereço da sala
room-nick-placeholder = A sua alcunha na sala
room-nick-tooltip = O nome que os outros na sala veem
room-password-placeholder = Palavra-passe da sala (só se tiver uma)
room-password-tooltip = A palavra-passe da sala, se tiver uma
room-bookmark-check = Guardar nas minhas salas
room-autojoin-check = Entrar automaticamente ao ligar
room-problem-address = O endereço de uma sala é como nome@conference.example.org: um nome, "@" e depois o servidor.
room-problem-nick = Escreva a alcunha que quer usar na sala.
room-not-private-banner = Não privada: todos nesta sala, e o servidor, podem ler todas as mensagens. As conversas privadas (OTR) não são possíveis em salas.
room-warning-address-visible = Todos nesta sala podem ver o seu endereço verdadeiro.
room-warning-logged = Esta sala tem um registo público: o que disser pode ser publicado.
room-warning-created = Criou esta sala.
room-warning-nick-changed = A sala atribuiu-lhe outra alcunha: { $nick }
room-joined-as = Está nesta sala como { $nick }.
room-joining = A entrar…
room-topic = Assunto: { $topic }
room-topic-none = Sem assunto
room-topic-set = { $nick } definiu o assunto: { $topic }
room-occupants-count = { $count ->
    [one] { $count } pessoa aqui
   *[other] { $count } pessoas aqui
}
room-occupants-tooltip = Pessoas nesta sala
room-occupant-moderator = { $nick } (moderador)
room-occupant-participant = { $nick }
room-occupant-visitor = { $nick } (só pode ler)
room-message = { $nick }: { $text }
room-message-history = { $nick } (antes): { $text }
room-message-from-room = A sala diz: { $text }
room-occupant-joined = { $nick } entrou
room-occupant-left = { $nick } saiu
room-occupant-renamed = { $from } é agora { $to }
room-leave-button = Sair da sala
room-leave-tooltip = Sair desta sala; pode voltar a entrar mais tarde
room-compose-tooltip = Escreva uma mensagem para todos na sala
room-left-left = Saiu da sala.
room-left-kicked = Um moderador retirou-o da sala.
room-left-banned = Está banido desta sala.
room-left-removed = Já não tem permissão para estar nesta sala.
room-left-shutdown = O servidor da sala foi encerrado.
room-left-destroyed = A sala foi fechada.
room-left-too-many = Esta sala tem mais pessoas do que o { -app-name } consegue acompanhar, por isso o { -app-name } saiu dela.
room-left-disconnected = Está fora da sala: a conta ficou desligada.
room-error-nick-in-use = Alguém nesta sala já usa essa alcunha. Escolha outra.
room-error-password = Esta sala precisa de uma palavra-passe, ou a palavra-passe estava errada.
room-error-banned = Está banido desta sala.
room-error-not-found = Não existe nenhuma sala neste endereço.
room-error-members-only = Só os membros podem entrar nesta sala.
room-error-full = Esta sala está cheia.
room-error-creation-refused = O servidor não lhe permite criar esta sala.
room-error-nick-refused = A sala não aceita essa alcunha. Escolha outra.
room-error-message-refused = A sala não aceitou a sua mensagem: pode não ter permissão para falar nela.
room-error-other = A sala recusou: { $condition }
room-problem = { $room }: { $error }
room-topic-button = Mudar tema…
room-topic-button-tooltip = Dar a esta sala outro tema, que todos nela veem
room-topic-dialog-title = Tema de { $room }
room-topic-entry = Novo tema (vazio: sem tema)
room-topic-entry-tooltip = O tema que todos na sala veem
room-topic-dialog-button = Definir tema
room-nick-button = Mudar alcunha…
room-nick-button-tooltip = Aparecer com outra alcunha nesta sala
room-nick-dialog-title = A sua alcunha em { $room }
room-nick-irc-explanation = No IRC a sua alcunha vale para toda a rede: muda em todos os canais desta conta.
room-nick-dialog-button = Usar esta alcunha
room-invite-button = Convidar…
room-invite-button-tooltip = Convidar alguém para esta sala
room-invite-dialog-title = Convidar alguém para { $room }
room-invite-address = O endereço da pessoa, como nome@example.org
room-invite-address-tooltip = O endereço da pessoa que convida
room-reason-entry = Motivo (opcional)
room-invite-reason-tooltip = Algumas palavras enviadas com o convite
room-invite-dialog-button = Enviar convite
room-invite-problem-address = Um endereço é assim: nome@example.org, um nome, «@» e o servidor.
room-invite-sent = Convite enviado para { $address }.
room-occupant-actions = Ações para { $nick }
room-action-kick = Retirar da sala
room-action-ban = Banir da sala
room-action-grant-voice = Deixar falar
room-action-revoke-voice = Impedir de falar
room-action-grant-moderator = Tornar moderador
room-action-revoke-moderator = Retirar a moderação
room-kick-dialog-title = Retirar { $nick } da sala?
room-kick-explanation = A pessoa pode voltar. Todos na sala veem que a retirou, e o seu motivo.
room-kick-button = Retirar
room-ban-dialog-title = Banir { $nick } da sala?
room-ban-explanation = A pessoa não pode voltar até um administrador levantar o banimento. Todos na sala veem que a baniu, e o seu motivo.
room-ban-button = Banir
room-moderation-reason-tooltip = Porquê: todos na sala o veem
room-occupant-now-moderator = { $nick } é agora moderador.
room-occupant-now-participant = { $nick } pode falar.
room-occupant-now-visitor = { $nick } agora só pode ler.
room-occupant-kicked = { $nick } foi retirado da sala.
room-occupant-banned = { $nick } foi banido da sala.
room-refused-configure = A sala não aceitou as definições predefinidas, por isso continua fechada aos outros.
room-refused-kick = A sala não o deixou retirar essa pessoa.
room-refused-ban = A sala não o deixou banir essa pessoa.
room-refused-voice = A sala não o deixou mudar quem pode falar.
room-refused-moderator = A sala não o deixou mudar quem modera.
room-refused-invite = A sala não encaminhou o seu convite.
room-refused-destroy = A sala não o deixou fechá-la.
room-refused-subject = A sala não o deixou mudar o tema.
room-refused-configuration = A sala não o deixou ver nem alterar as definições dela.
room-refused-rights = Não tem permissão para isso aqui.
room-refused-later = Tente novamente daqui a pouco.
room-refused-condition = A sala respondeu: { $condition }
rooms-channels-button = Canais IRC…
rooms-channels-tooltip = Pesquisar os canais de uma rede IRC a que está ligado e entrar num
room-channels-dialog-title = Canais IRC
room-channels-explanation = Nada do que é dito num canal é privado: todos nele, e a rede, leem cada mensagem.
room-channels-network-tooltip = A rede IRC onde pesquisar
room-channels-search-placeholder = Parte do nome de um canal (vazio: todos)
room-channels-search-tooltip = Pesquisar os canais da rede pelo nome
room-channels-search-button = Pesquisar
room-channels-no-network = Ligue primeiro uma rede IRC: os seus canais são listados através dela.
room-channels-searching = A perguntar à rede…
room-channels-count = { $count ->
    [one] Um canal encontrado.
   *[other] { $count } canais encontrados.
}
room-channels-truncated = Há mais canais do que é possível mostrar; aqui estão os primeiros { $count }. Escreva mais do nome para restringir a pesquisa.
room-channels-row = { $room } ({ $people ->
    [one] uma pessoa
   *[other] { $people } pessoas
}): { $topic }
room-channels-join-button = Entrar
room-channels-join = Entrar em { $room }

## Preferences (Ctrl+comma)

prefs-title = Preferências
prefs-button = Preferências
prefs-button-tooltip = Definições de privacidade e conversas guardadas
prefs-require-private = Exigir conversas privadas com todos
prefs-require-private-explanation = Quando ativado, nenhuma mensagem para um contacto sai sem encriptação: fica a aguardar até a conversa privada (OTR) estar estabelecida. As salas nunca são privadas e isto não as altera.
prefs-require-private-unknown = Indefinido: esta janela não sabe se ativou isto numa sessão anterior. Escolha ativado ou desativado.
prefs-delete-all-button = Eliminar todas as conversas guardadas
prefs-delete-all-tooltip = Eliminar todas as mensagens guardadas neste computador, de todas as conversas
prefs-delete-all-confirm-title = Eliminar todas as conversas guardadas?
prefs-delete-all-confirm-body = Todas as mensagens guardadas neste computador serão eliminadas. Isto não pode ser anulado.
prefs-delete-all-confirm-button = Eliminar tudo
prefs-language = Idioma
prefs-language-system = Igual ao do sistema
prefs-language-next-start = O { -app-name } vai usar este idioma da próxima vez que for iniciado.
dialog-close = Fechar

## A profile Otter cannot open

profile-problem-title = O Otter não consegue abrir as suas definições
profile-damaged-explanation = O ficheiro em { $folder } onde o Otter guarda as suas contas, contactos e chaves de confiança está danificado.
profile-newer-explanation = O ficheiro em { $folder } onde o Otter guarda as suas contas, contactos e chaves de confiança foi escrito por uma versão mais recente do Otter, que esta versão não consegue ler.
profile-set-aside-explanation = O Otter pode movê-lo, com as suas chaves privadas e o histórico que tenha guardado, para uma nova pasta dentro dessa e começar sem contas. Nada é apagado.
profile-set-aside-button = Movê-lo e começar sem contas
profile-quit-button = Sair

## Unread messages and notifications

sidebar-contact-unread = { $name }, { $count ->
    [one] uma mensagem não lida
   *[other] { $count } mensagens não lidas
}
notification-new-message = Nova mensagem
notification-new-message-from = Nova mensagem de { $name }
prefs-notify-sender = Mostrar quem escreveu nas notificações
prefs-notify-sender-explanation = Desativado, uma notificação diz apenas «Nova mensagem», para que ninguém que veja o seu ecrã saiba quem escreveu. A mensagem em si nunca aparece numa notificação.

## Links in messages: asked before anything opens outside Otter

link-open-title = Abrir esta ligação fora do Otter?
link-open-body = { $address } será aberta no seu navegador, fora do Otter. O navegador pode não se ligar através do Tor, e o site ficará a saber que alguém abriu a ligação.
link-open-button = Abrir ligação

## Creating an XMPP account on its server (in-band registration)

welcome-create-xmpp-tooltip = Criar uma conta nova num servidor XMPP, através do Tor
account-dialog-create-title = Criar uma conta XMPP
account-dialog-create-button = Criar conta
account-random-name-button = Nome aleatório
account-random-name-tooltip = Preenche um nome inventado que nada diz sobre si, para uma conta descartável
account-password-repeat-placeholder = Repita a palavra-passe
account-password-repeat-tooltip = Escreva a palavra-passe outra vez, para ter a certeza
account-problem-password-mismatch = As duas palavras-passe são diferentes.
registration-started = A criar { $address } no respetivo servidor através do Tor…
registration-succeeded = { $address } foi criada e adicionada.
registration-name-taken = Esse nome já está ocupado neste servidor: escolha outro.
registration-not-acceptable = O servidor não aceita este nome ou esta palavra-passe.
registration-closed = Este servidor não permite criar contas a partir daqui. Crie a conta no site do servidor (no Tor Browser) e depois adicione-a.
registration-too-many = Foram criadas demasiadas contas recentemente a partir desta saída do Tor. Tente novamente mais tarde.
registration-cannot-show-form = O servidor pede algo que o Otter não consegue mostrar (como uma imagem para decifrar). Crie a conta no site do servidor (no Tor Browser) e depois adicione-a.
registration-not-saved = A conta foi criada, mas o Otter não a conseguiu guardar: adicione-a com «Adicionar uma conta XMPP existente».
registration-failed = Não foi possível criar { $address }: { $reason }

## Presence and requests

sidebar-status-label = O seu estado
presence-available = Disponível
presence-away = Ausente
presence-busy = Ocupado
presence-offline = Desligado
contact-request = { $peer } pede para o adicionar como contacto e para ver quando está ligado.
contact-request-accept = Aceitar
contact-request-refuse = Recusar
room-invitation = { $from } convida-o para a sala { $room }.
room-invitation-unknown = Foi convidado para a sala { $room }.
room-invitation-join = Entrar
room-invitation-ignore = Ignorar

## The password prompt

password-prompt-title = Palavra-passe de { $address }
password-prompt-body = Escreva a palavra-passe de { $address }. O Otter só a guarda até ser fechado; não é guardada no disco.

## Verification under way

verification-in-progress = A verificar o seu contacto…
verification-stop-button = Parar a verificação

## How far a sent message got

message-state-server = { $security } O servidor recebeu-a.
message-state-delivered = { $security } Entregue no dispositivo do seu contacto.
message-own-elsewhere = eu, noutro dispositivo: { $text }

## Os comandos da caixa de mensagem (uma linha que começa por "/")

command-unknown = { $command } não é um comando que o Otter conheça. Nada foi enviado. Para enviar uma linha que começa por "/", comece-a por "//".
command-unsupported = { $command } ainda não está disponível aqui. Nada foi enviado.
command-incomplete = Faltam palavras em { $command }, por exemplo: { $example }. Nada foi enviado.
command-room-only = { $command } só funciona numa sala. Nada foi enviado.

## Avisos de escrita

typing-notice = { $peer } está a escrever…
prefs-share-typing = Partilhar avisos de escrita
prefs-send-receipts = Enviar confirmações de entrega
prefs-activity-explanation = Os avisos de escrita mostram aos seus contactos quando lhes está a escrever; as confirmações de entrega, quando as mensagens deles chegaram a este computador. Ambos mostram quando está ao teclado. Desligados até os ligar. As salas nunca os recebem.

## A troca rápida (Ctrl+K)

switcher-title = Ir para uma conversa
switcher-search-placeholder = Nome ou endereço
switcher-search-tooltip = Escreva parte do nome ou do endereço de um contacto, sala ou canal e prima Enter
switcher-row = { $name } ({ $address })
switcher-nothing = Nenhum resultado.

## Editar uma conta

account-edit-button = Editar
account-edit-tooltip = Alterar o servidor, a porta, a cifra ou a palavra-passe memorizada de { $address }
account-edit-title = Editar { $address }
account-edit-save = Guardar alterações
account-direct-tls = Usar TLS desde o início (TLS direto)
account-direct-tls-tooltip = Só se o seu fornecedor oferecer XMPP numa porta TLS, normalmente a 5223. Caso contrário, o Otter inicia o TLS na porta habitual (STARTTLS). Em ambos os casos a ligação é cifrada.
account-edit-password-remembered = O Otter memoriza a palavra-passe desta conta.
account-edit-password-not-remembered = O Otter não memoriza a palavra-passe desta conta; pede-a em cada arranque.
account-edit-password-keep = Deixar como está
account-edit-password-forget = Esquecer a palavra-passe
account-edit-password-remember = Memorizar uma palavra-passe
account-edit-password-tooltip = A palavra-passe a memorizar para esta conta

## Copy buttons and an IRC account's client certificate

copy-button = Copiar
copy-done = Copiado
verify-copy-own-tooltip = Copiar a sua impressão digital
verify-copy-contact-tooltip = Copiar a impressão digital do seu contacto
client-certificate-button = Certificado de cliente…
client-certificate-button-tooltip = Iniciar sessão nesta rede com um certificado em vez da sua palavra-passe
client-certificate-title = Certificado de cliente de { $address }
client-certificate-explanation = O Otter criou um certificado para esta conta e guarda-o com as suas definições. Registe-o uma vez nos serviços da rede enquanto tem sessão iniciada com a sua palavra-passe: envie-lhes o comando abaixo (cole-o em qualquer conversa nesta rede).
client-certificate-fingerprint = Impressão digital (SHA-256): { $fingerprint }
client-certificate-command = Comando: { $command }
client-certificate-copy-fingerprint = Copiar a impressão digital do certificado
client-certificate-copy-command = Copiar o comando
client-certificate-after = A partir da próxima ligação, o Otter inicia sessão com o certificado (SASL EXTERNAL) e não precisa de enviar a sua palavra-passe. Quem tiver uma cópia da pasta de definições do Otter pode iniciar sessão como se fosse você: proteja-a como a sua palavra-passe.

## Grupos de contactos

contacts-group-none = Outros contactos
contact-group-menu = Mover para um grupo…
contact-group-menu-tooltip = Colocar este contacto num grupo da sua lista de contactos
contact-group-title = Mover para um grupo
contact-group-explanation = Escolha um grupo para { $name }: escreva o nome dele ou escolha um dos seus grupos abaixo. Deixe vazio para nenhum grupo. As suas outras aplicações XMPP mostram os mesmos grupos.
contact-group-label = Grupo
contact-group-placeholder = Nenhum grupo
contact-group-tooltip = O nome do grupo, novo ou existente
contact-group-known = Os seus grupos
contact-group-move = Mover
contact-group-not-listed = Só os contactos da lista de contactos de uma conta XMPP podem ser colocados num grupo.

## The proxy (preferences)

prefs-proxy-expander = Proxy (avançado)
prefs-proxy-explanation = O Otter liga-se apenas pela porta SOCKS do Tor. A não ser que a altere aqui, é 127.0.0.1:9050, onde o Tor do Tails está à escuta; o Tor próprio do Navegador Tor está à escuta em 127.0.0.1:9150. Indique um endereço IP e uma porta: o Otter nunca resolve um nome fora do Tor.
prefs-proxy-in-use = O Otter liga-se por { $address }.
prefs-proxy-fixed = Nesta execução o Otter liga-se por { $address }, indicado ao iniciá-lo. Um proxy guardado aqui aplica-se a partir do próximo arranque sem essa indicação.
prefs-proxy-placeholder = 127.0.0.1:9050
prefs-proxy-tooltip = Endereço IP e porta do proxy SOCKS5 (Tor)
prefs-proxy-use-button = Usar este proxy
prefs-proxy-default-button = Voltar a 127.0.0.1:9050
prefs-proxy-invalid = Indique um endereço IP e uma porta, como 127.0.0.1:9150.
prefs-proxy-reconnect = As contas ligadas agora mantêm a ligação até voltarem a ligar-se.

## Room settings (the room's configuration form) and destroying a room

room-create-heading = Se isto criar uma sala nova:
room-create-defaults = Aceitar a configuração predefinida
room-create-defaults-tooltip = A sala nova abre logo com as definições habituais do servidor
room-create-configure = Configurar a sala…
room-create-configure-tooltip = O Otter mostra primeiro as definições da sala nova; mais ninguém pode entrar até as guardar
room-settings-button = Definições da sala…
room-settings-button-tooltip = Ver e alterar as definições desta sala (é sua)
room-form-title = Definições de { $room }
room-form-save = Guardar definições
room-form-new-room = Esta sala é nova: mais ninguém pode entrar até guardar as definições dela. Cancelar elimina a sala.
room-form-required = (obrigatório)
room-form-not-set = Não definido
room-form-left-out = Definições não mostradas aqui: { $count }. Mantêm os seus valores.
room-form-problem-required = Preencha: { $name }
room-form-problem-address = Não é um endereço (nome@servidor, um por linha): { $name }
room-form-saved = A sala aceitou as novas definições.
room-destroy-tool-button = Destruir a sala…
room-destroy-tool-tooltip = Retirar toda a gente desta sala e eliminá-la (é sua)
room-destroy-dialog-title = Destruir { $room }?
room-destroy-explanation = Toda a gente é retirada da sala e a sala deixa de existir: o nome dela fica livre para qualquer pessoa. Não é possível anular.
room-destroy-reason-tooltip = Porquê: todos na sala veem isto ao serem retirados
room-destroy-button = Destruir a sala
room-left-destroyed-moved = A sala foi fechada. As pessoas dela foram convidadas a ir para { $room }.

## IRC in the window: networks without a password, channels by name, invitations
account-irc-no-password = Sem palavra-passe: o { -app-name } liga-se só com a alcunha, sem iniciar sessão
account-irc-no-password-tooltip = Para uma rede sem contas, ou uma alcunha que nunca registou. Uma alcunha que já iniciou sessão nunca é usada sem a sua palavra-passe.
room-join-connect-first = Ligue primeiro uma conta XMPP ou uma rede IRC: é através dela que se entra em salas e canais.
room-channel-placeholder = Canal, por exemplo #otter
room-channel-tooltip = O nome do canal nesta rede, a começar por #
room-key-placeholder = Chave do canal (só se tiver uma)
room-key-tooltip = A chave do canal, se tiver uma
room-problem-channel = O nome de um canal começa por # (ou &) e não tem espaços nem vírgulas, por exemplo #otter.
room-invite-nick = A alcunha da pessoa
room-invite-nick-tooltip = A alcunha da pessoa a convidar
room-invite-problem-nick = Escreva a alcunha da pessoa: sem espaços, e sem começar por um algarismo ou #.
error-irc-login-needed = Esta alcunha já iniciou sessão antes, por isso o { -app-name } só a liga com a sua palavra-passe.

## The join dialog: the account's room service

room-service-line = Salas neste servidor: { $service }
room-service-copy-tooltip = Copiar o endereço do serviço de salas deste servidor

## IRC: NickServ como início de sessão alternativo
account-irc-nickserv-fallback = Identificar-se no NickServ quando a rede não tem SASL
account-irc-nickserv-fallback-help = Apenas para uma rede sem SASL. O SASL é mais seguro: inicia a sua sessão antes de a sua alcunha ficar visível, e a palavra-passe vai só para o servidor. Com o NickServ, a sua alcunha fica visível antes de se identificar, e a palavra-passe vai para quem responder como NickServ. Nunca é usado quando a rede oferece SASL.

## IRC: um serviço Onion sem TLS, só quando permitido
account-irc-onion-plaintext = Ligar sem TLS (apenas serviços Onion)
account-irc-onion-plaintext-warning = Este serviço Onion não usa TLS: o Tor cifra a ligação até ele, mas a identidade do servidor é apenas o seu endereço .onion. Apenas para uma rede cujo serviço Onion escuta sem TLS; a sua palavra-passe passa então por essa ligação.
account-problem-plaintext-not-onion = Uma ligação sem TLS é só para um serviço Onion: o nome do servidor tem de terminar em .onion.

## Temporary XMPP accounts (SASL ANONYMOUS)

account-temporary = Conta temporária (sem palavra-passe; um novo endereço aleatório em cada ligação)
account-temporary-help = Para servidores que o permitem: o servidor dá-lhe um novo endereço sempre que se liga e esquece-o, com os seus contactos, quando se desliga.
account-temporary-server-placeholder = Servidor, como example.org
account-temporary-server-tooltip = O nome de um servidor que permite contas temporárias
account-problem-temporary-server = Escreva apenas o nome do servidor, como example.org.
account-status-online-as = Ligado como { $address }
error-temporary-not-allowed = Este servidor não permite contas temporárias.

## IRCv3: netsplits e netjoins, recusas do servidor, convites vistos num canal

room-netsplit = { $count ->
    [one] { $count } pessoa saiu: netsplit entre { $first } e { $second }
   *[other] { $count } pessoas saíram: netsplit entre { $first } e { $second }
}
room-netjoin = { $count ->
    [one] { $count } pessoa voltou
   *[other] { $count } pessoas voltaram
}
server-refused = O servidor recusou { $command }: { $description }
room-invited-other = { $by } convidou { $nick }

## IRC commands in the composer: /whois and /mode

whois-user = { $nick } é { $mask }
whois-not-found = Ninguém usa a alcunha { $nick } nesta rede agora.
whois-realname = Nome real: { $name }
whois-account = Com sessão iniciada como { $account }
whois-channels = Canais: { $channels }
whois-channels-truncated = Canais (os primeiros { $count }): { $channels }
whois-server = Servidor: { $server }
whois-idle = Inativo há { $seconds } s
whois-away = Ausente: { $message }
whois-secure = Ligado ao seu servidor com TLS
room-modes = Modos do canal: { $modes }
room-bans-none = Ninguém está banido de { $room }.
room-bans-count = Banimentos em { $room }: { $count }
room-bans-entry = { $mask }, definido por { $by }
room-bans-truncated = A lista é maior; só são mostrados os primeiros { $count }.
room-refused-modes = O canal não o deixou mudar os seus modos: só os operadores podem.

## IRC command /raw: one line as typed, after a confirmation

command-raw-control = Uma linha para /raw não pode ter quebra de linha nem NUL: tornar-se-ia em dois comandos. Nada foi enviado.
command-raw-too-long = Uma linha para /raw pode ter no máximo 510 bytes. Nada foi enviado.
command-raw-private = /raw não envia mensagens nem avisos a uma pessoa: contornariam a conversa privada (OTR). Escreva antes na conversa com ela. Nada foi enviado.
command-raw-prefixed = Uma linha para /raw começa pelo comando, não por @ nem :. Nada foi enviado.
raw-confirm-title = Enviar linhas sem verificação?
raw-confirm-body = /raw envia à rede IRC exatamente o que escreveu. O { -app-name } não verifica o que isso faz: um comando errado pode alterar a sua conta ou os seus canais, ou dizer à rede mais do que pretendia. As mensagens para pessoas continuam a seguir só pela conversa com elas. Até sair, as linhas de /raw são enviadas sem voltar a perguntar.
raw-confirm-button = Enviar sem verificar

## IRC: someone changes a channel's modes

room-mode-op-given = { $by } torna { $nick } operador do canal.
room-mode-op-taken = { $by } retira { $nick } de operador do canal.
room-mode-voice-given = { $by } deixa { $nick } falar (voz).
room-mode-voice-taken = { $by } impede { $nick } de falar (voz retirada).
room-mode-ban = { $by } bane { $mask }.
room-mode-unban = { $by } levanta o banimento de { $mask }.
room-mode-set = { $by } define o modo { $modes }
room-mode-set-more = { $by } define o modo { $modes } e mais { $count }
room-mode-by-server = O servidor

## IRC command /who

who-count = { $target }: { $count } pessoas
who-none = Ninguém corresponde a { $target } nesta rede neste momento.
who-person = { $nick } ({ $mask }) { $name }
who-person-away = { $nick } ({ $mask }, ausente) { $name }
who-truncated = A lista é mais longa; só são mostrados os primeiros { $count }.
