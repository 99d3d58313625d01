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
privacy-device = Conversa privada com o aparelho "{ $device }" do seu contato. Só esse aparelho consegue ler suas mensagens.

key-generation-started = Criando sua chave privada para { $account }… As conversas privadas desta conta começam quando ela estiver pronta.
key-generation-finished = Sua chave privada para { $account } está pronta.
key-generation-failed = Não foi possível criar sua chave privada para { $account }, então nenhuma conversa privada pode começar. As mensagens em espera continuam sem ser enviadas; uma nova tentativa será feita na próxima conversa privada.

## Writing a message, under the conversation

compose-placeholder = Mensagem
compose-tooltip = Digite uma mensagem
compose-send-button = Enviar

## Messages in a conversation

message-received = { $peer }: { $text }
message-received-not-private = Atenção: { $peer } enviou a mensagem acima sem criptografia, embora esta conversa devesse ser privada. Ela não era privada: o servidor podia lê-la.
message-own = eu: { $text }
message-own-waiting = eu: { $text } (aguardando uma conversa privada)
message-own-held-ended = eu: { $text } (não enviada: seu contato terminou a conversa privada)
message-own-held-compromised = eu: { $text } (não enviada: a chave do seu contato está marcada como comprometida)
message-own-held-offline = eu: { $text } (não enviada: a conta está desconectada)
message-own-failed = eu: { $text } (não enviada)
message-own-discarded = eu: { $text } (descartada, não enviada)

## The conversation pane: days, delivery, failed messages, clearing the window

day-today = Hoje
day-yesterday = Ontem
delivery-waiting = Aguardando
delivery-waiting-tooltip = Ainda não enviada: sai assim que possível (por exemplo, quando a conversa ficar privada).
delivery-sent = Enviada
delivery-sent-tooltip = Enviada: saiu deste computador.
delivery-delivered = Entregue
delivery-delivered-tooltip = Entregue: o dispositivo do seu contato a recebeu.
delivery-failed = Não enviada
delivery-failed-tooltip = Não enviada. "Tentar de novo" a envia outra vez; "Descartar" a remove.
message-retry-button = Tentar de novo
message-retry-tooltip = Enviar esta mensagem outra vez
message-discard-button = Descartar
message-discard-tooltip = Remover esta mensagem: ela não foi enviada
conversation-menu-button = Mais
conversation-menu-tooltip = Mais ações para esta conversa
scrollback-clear-button = Limpar a janela
scrollback-clear-tooltip = Remove as mensagens mostradas nesta conversa. As mensagens salvas neste computador não são apagadas.
scrollback-cleared = Janela limpa. As mensagens salvas neste computador não foram apagadas.

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

## First run: the welcome, shown while there is no account

welcome-title = Boas-vindas ao { -app-name }
welcome-intro = O { -app-name } só se conecta pelo Tor. Adicione uma conta para começar a conversar.
welcome-add-xmpp-button = Adicionar uma conta XMPP existente
welcome-add-xmpp-tooltip = Você já tem um endereço XMPP (Jabber) e a senha dele
welcome-create-xmpp-button = Criar uma nova conta XMPP
welcome-add-irc-button = Adicionar uma rede IRC
welcome-add-irc-tooltip = Converse na OFTC, na Libera.Chat ou em outra rede IRC com seu apelido registrado

## Adding an account

account-dialog-xmpp-title = Adicionar uma conta XMPP
account-dialog-irc-title = Adicionar uma rede IRC
account-dialog-add-button = Adicionar conta
account-address-placeholder = Endereço, como nome@example.org
account-address-tooltip = Seu endereço XMPP
account-nick-placeholder = Seu apelido registrado
account-nick-tooltip = O apelido que você registrou nesta rede
account-network-tooltip = Rede IRC
account-network-custom = Outra rede…
account-network-custom-placeholder = Servidor, como irc.example.org
account-network-custom-tooltip = O nome do servidor da rede IRC
account-password-placeholder = Senha
account-password-tooltip = A senha da conta
account-remember-password = Lembrar a senha
account-remember-password-tooltip = Salva a senha na sua pasta do Otter, para você não precisar digitá-la de novo. No Tails, só faça isso com o Armazenamento Persistente ativado. Desativado: você digita a senha toda vez que se conecta.
account-advanced = Avançado
account-host-placeholder = Conectar ao servidor (opcional)
account-host-tooltip = Conectar a este servidor em vez do que está no endereço
account-port-placeholder = Porta (opcional)
account-port-tooltip = Número da porta nesse servidor
account-advanced-help = Só é necessário se o seu provedor pediu. O nome é consultado pelo Tor; o Tor não consegue consultar registros DNS SRV, então, se o seu provedor usar um, digite aqui o servidor e a porta dele.

## Why an account cannot be added yet: shown under the fields as the user types

account-problem-address-empty = Digite seu endereço.
account-problem-address-form = Um endereço XMPP é como nome@example.org: um nome, "@" e depois o servidor.
account-problem-address-spaces = Um endereço não tem espaços.
account-problem-nick-empty = Digite seu apelido.
account-problem-nick-form = Um apelido não tem espaços nem "@", e não começa com um algarismo nem com "-".
account-problem-network-empty = Digite o servidor da rede, como irc.example.org.
account-problem-password-empty = Digite a senha.
account-problem-host-form = O servidor é um nome como xmpp.example.org, sem espaços, "/" nem ":".
account-problem-port-form = A porta é um número de 1 a 65535.
account-problem-irc-password = Digite a senha do seu apelido registrado: o { -app-name } entra na rede com ela.

## Rooms (group chats): never private

sidebar-rooms-heading = Salas
rooms-join-button = Entrar em uma sala…
rooms-join-tooltip = Entrar em uma sala de bate-papo com uma das suas contas XMPP
room-open-tooltip = Abrir esta sala (entra nela se você não estiver nela)
room-join-dialog-title = Entrar em uma sala
room-join-dialog-button = Entrar na sala
room-join-explanation = Nada do que é dito em uma sala é privado: todos que estão nela, e o servidor, leem todas as mensagens.
room-account-tooltip = A conta com a qual entrar
room-address-placeholder = Endereço da sala, como { $example }
room-address-tooltip = O endereço da sala
room-nick-placeholder = Seu apelido na sala
room-nick-tooltip = O nome que os outros na sala veem
room-password-placeholder = Senha da sala (só se ela tiver uma)
room-password-tooltip = A senha da sala, se ela tiver uma
room-bookmark-check = Salvar nas minhas salas
room-autojoin-check = Entrar automaticamente quando eu me conectar
room-problem-address = O endereço de uma sala é como nome@conference.example.org: um nome, "@" e depois o servidor.
room-problem-nick = Digite o apelido que você quer usar na sala.
room-not-private-banner = Não privada: todos nesta sala, e o servidor, podem ler todas as mensagens. Conversas privadas (OTR) não são possíveis em salas.
room-warning-address-visible = Todos nesta sala podem ver seu endereço verdadeiro.
room-warning-logged = Esta sala tem registro público: o que você disser pode ser publicado.
room-warning-created = Você criou esta sala.
room-warning-nick-changed = A sala deu a você outro apelido: { $nick }
room-joined-as = Você está nesta sala como { $nick }.
room-joining = Entrando…
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
room-occupant-renamed = { $from } agora é { $to }
room-leave-button = Sair da sala
room-leave-tooltip = Sair desta sala; você pode entrar de novo mais tarde
room-compose-tooltip = Digite uma mensagem para todos na sala
room-left-left = Você saiu da sala.
room-left-kicked = Um moderador tirou você da sala.
room-left-banned = Você está banido desta sala.
room-left-removed = Você não tem mais permissão para estar nesta sala.
room-left-shutdown = O servidor da sala foi desligado.
room-left-destroyed = A sala foi fechada.
room-left-too-many = Esta sala tem mais pessoas do que o { -app-name } consegue acompanhar, por isso o { -app-name } saiu dela.
room-left-disconnected = Você está fora da sala: a conta ficou desconectada.
room-error-nick-in-use = Alguém nesta sala já usa esse apelido. Escolha outro.
room-error-password = Esta sala precisa de uma senha, ou a senha estava errada.
room-error-banned = Você está banido desta sala.
room-error-not-found = Não há nenhuma sala neste endereço.
room-error-members-only = Só membros podem entrar nesta sala.
room-error-full = Esta sala está cheia.
room-error-creation-refused = O servidor não permite que você crie esta sala.
room-error-nick-refused = A sala não aceita esse apelido. Escolha outro.
room-error-message-refused = A sala não aceitou sua mensagem: talvez você não tenha permissão para falar nela.
room-error-other = A sala recusou: { $condition }
room-problem = { $room }: { $error }
room-topic-button = Mudar tema…
room-topic-button-tooltip = Dê a esta sala outro tema, que todos nela veem
room-topic-dialog-title = Tema de { $room }
room-topic-entry = Novo tema (vazio: sem tema)
room-topic-entry-tooltip = O tema que todos na sala veem
room-topic-dialog-button = Definir tema
room-nick-button = Mudar apelido…
room-nick-button-tooltip = Aparecer com outro apelido nesta sala
room-nick-dialog-title = Seu apelido em { $room }
room-nick-irc-explanation = No IRC seu apelido vale para a rede inteira: ele muda em todos os canais desta conta.
room-nick-dialog-button = Usar este apelido
room-invite-button = Convidar…
room-invite-button-tooltip = Convidar alguém para esta sala
room-invite-dialog-title = Convidar alguém para { $room }
room-invite-address = O endereço da pessoa, como nome@example.org
room-invite-address-tooltip = O endereço da pessoa que você convida
room-reason-entry = Motivo (opcional)
room-invite-reason-tooltip = Algumas palavras enviadas com o convite
room-invite-dialog-button = Enviar convite
room-invite-problem-address = Um endereço é assim: nome@example.org, um nome, "@" e o servidor.
room-invite-sent = Convite enviado para { $address }.
room-occupant-actions = Ações para { $nick }
room-action-kick = Tirar da sala
room-action-ban = Banir da sala
room-action-grant-voice = Deixar falar
room-action-revoke-voice = Impedir de falar
room-action-grant-moderator = Tornar moderador
room-action-revoke-moderator = Tirar a moderação
room-kick-dialog-title = Tirar { $nick } da sala?
room-kick-explanation = A pessoa pode voltar. Todos na sala veem que você a tirou, e o seu motivo.
room-kick-button = Tirar
room-ban-dialog-title = Banir { $nick } da sala?
room-ban-explanation = A pessoa não pode voltar até que um administrador suspenda o banimento. Todos na sala veem que você a baniu, e o seu motivo.
room-ban-button = Banir
room-moderation-reason-tooltip = Por quê: todos na sala veem
room-occupant-now-moderator = { $nick } agora é moderador.
room-occupant-now-participant = { $nick } pode falar.
room-occupant-now-visitor = { $nick } agora só pode ler.
room-occupant-kicked = { $nick } foi tirado da sala.
room-occupant-banned = { $nick } foi banido da sala.
room-refused-configure = A sala não aceitou as configurações padrão, então continua fechada para os outros.
room-refused-kick = A sala não deixou você tirar essa pessoa.
room-refused-ban = A sala não deixou você banir essa pessoa.
room-refused-voice = A sala não deixou você mudar quem pode falar.
room-refused-moderator = A sala não deixou você mudar quem modera.
room-refused-invite = A sala não repassou o seu convite.
room-refused-destroy = A sala não deixou você fechá-la.
room-refused-subject = A sala não deixou você mudar o tema.
room-refused-configuration = A sala não deixou você ver nem mudar as configurações dela.
room-refused-rights = Você não tem permissão para isso aqui.
room-refused-later = Tente de novo daqui a pouco.
room-refused-condition = A sala respondeu: { $condition }
rooms-channels-button = Canais IRC…
rooms-channels-tooltip = Pesquise os canais de uma rede IRC à qual você está conectado e entre em um
room-channels-dialog-title = Canais IRC
room-channels-explanation = Nada do que é dito em um canal é privado: todos nele, e a rede, leem cada mensagem.
room-channels-network-tooltip = A rede IRC onde pesquisar
room-channels-search-placeholder = Parte do nome de um canal (vazio: todos)
room-channels-search-tooltip = Pesquise os canais da rede pelo nome
room-channels-search-button = Pesquisar
room-channels-no-network = Conecte primeiro uma rede IRC: os canais dela são listados por meio dela.
room-channels-searching = Perguntando à rede…
room-channels-count = { $count ->
    [one] Um canal encontrado.
   *[other] { $count } canais encontrados.
}
room-channels-truncated = Há mais canais do que é possível mostrar; aqui estão os primeiros { $count }. Digite mais do nome para refinar a pesquisa.
room-channels-row = { $room } ({ $people ->
    [one] uma pessoa
   *[other] { $people } pessoas
}): { $topic }
room-channels-join-button = Entrar
room-channels-join = Entrar em { $room }

## Preferences (Ctrl+comma)

prefs-title = Preferências
prefs-button = Preferências
prefs-button-tooltip = Configurações de privacidade e conversas salvas
prefs-require-private = Exigir conversas privadas com todos
prefs-require-private-explanation = Quando ativado, nenhuma mensagem para um contato sai sem criptografia: ela aguarda até que a conversa privada (OTR) esteja estabelecida. As salas nunca são privadas e isto não muda nada nelas.
prefs-require-private-unknown = Indefinido: esta janela não sabe se você ativou isto em uma sessão anterior. Escolha ativado ou desativado.
prefs-delete-all-button = Apagar todas as conversas salvas
prefs-delete-all-tooltip = Apagar todas as mensagens salvas neste computador, de todas as conversas
prefs-delete-all-confirm-title = Apagar todas as conversas salvas?
prefs-delete-all-confirm-body = Todas as mensagens salvas neste computador serão apagadas. Isso não pode ser desfeito.
prefs-delete-all-confirm-button = Apagar tudo
prefs-language = Idioma
prefs-language-system = Igual ao do sistema
prefs-language-next-start = O { -app-name } usará este idioma na próxima vez que for aberto.
dialog-close = Fechar

## A profile Otter cannot open

profile-problem-title = O Otter não consegue abrir suas configurações
profile-damaged-explanation = O arquivo em { $folder } onde o Otter guarda suas contas, contatos e chaves confiáveis está danificado.
profile-newer-explanation = O arquivo em { $folder } onde o Otter guarda suas contas, contatos e chaves confiáveis foi gravado por uma versão mais nova do Otter, que esta versão não consegue ler.
profile-set-aside-explanation = O Otter pode movê-lo, junto com suas chaves privadas e o histórico que você tiver salvo, para uma nova pasta dentro dessa e começar sem contas. Nada é apagado.
profile-set-aside-button = Mover e começar sem contas
profile-quit-button = Sair

## Unread messages and notifications

sidebar-contact-unread = { $name }, { $count ->
    [one] { $count } mensagem não lida
   *[other] { $count } mensagens não lidas
}
notification-new-message = Nova mensagem
notification-new-message-from = Nova mensagem de { $name }
prefs-notify-sender = Mostrar quem escreveu nas notificações
prefs-notify-sender-explanation = Desativado, uma notificação diz apenas “Nova mensagem”, para que ninguém que veja sua tela saiba quem escreveu. A mensagem em si nunca aparece em uma notificação.

## Links in messages: asked before anything opens outside Otter

link-open-title = Abrir este link fora do Otter?
link-open-body = { $address } será aberto no seu navegador, fora do Otter. O navegador pode não se conectar pelo Tor, e o site saberá que alguém abriu o link.
link-open-button = Abrir link

## Creating an XMPP account on its server (in-band registration)

welcome-create-xmpp-tooltip = Criar uma conta nova em um servidor XMPP, pelo Tor
account-dialog-create-title = Criar uma conta XMPP
account-dialog-create-button = Criar conta
account-random-name-button = Nome aleatório
account-random-name-tooltip = Preenche um nome inventado que não diz nada sobre você, para uma conta descartável
account-password-repeat-placeholder = Repita a senha
account-password-repeat-tooltip = Digite a senha de novo, para ter certeza
account-problem-password-mismatch = As duas senhas são diferentes.
registration-started = Criando { $address } no servidor dele pelo Tor…
registration-succeeded = { $address } foi criada e adicionada.
registration-name-taken = Esse nome já está em uso neste servidor: escolha outro.
registration-not-acceptable = O servidor não aceita este nome ou esta senha.
registration-closed = Este servidor não permite criar contas daqui. Crie a conta no site do servidor (no Tor Browser) e depois adicione-a.
registration-too-many = Muitas contas foram criadas recentemente a partir desta saída do Tor. Tente de novo mais tarde.
registration-cannot-show-form = O servidor pede algo que o Otter não consegue mostrar (como uma imagem para decifrar). Crie a conta no site do servidor (no Tor Browser) e depois adicione-a.
registration-not-saved = A conta foi criada, mas o Otter não conseguiu salvá-la: adicione-a com “Adicionar uma conta XMPP existente”.
registration-failed = Não foi possível criar { $address }: { $reason }

## Presence and requests

sidebar-status-label = Seu status
presence-available = Disponível
presence-away = Ausente
presence-busy = Ocupado
presence-offline = Desconectado
contact-request = { $peer } quer adicionar você como contato e ver quando você está on-line.
contact-request-accept = Aceitar
contact-request-refuse = Recusar
room-invitation = { $from } convida você para a sala { $room }.
room-invitation-unknown = Você foi convidado para a sala { $room }.
room-invitation-join = Entrar
room-invitation-ignore = Ignorar

## The password prompt

password-prompt-title = Senha de { $address }
password-prompt-body = Digite a senha de { $address }. O Otter só a guarda até ser fechado; ela não é salva.

## Verification under way

verification-in-progress = Verificando seu contato…
verification-stop-button = Interromper a verificação

## How far a sent message got

message-state-server = { $security } O servidor a recebeu.
message-state-delivered = { $security } Entregue no dispositivo do seu contato.
message-own-elsewhere = eu, em outro dispositivo: { $text }

## Os comandos da caixa de mensagem (uma linha que começa com "/")

command-unknown = { $command } não é um comando que o Otter conheça. Nada foi enviado. Para enviar uma linha que começa com "/", comece-a com "//".
command-unsupported = { $command } ainda não está disponível aqui. Nada foi enviado.
command-incomplete = Faltam palavras em { $command }, por exemplo: { $example }. Nada foi enviado.
command-room-only = { $command } só funciona em uma sala. Nada foi enviado.

## Avisos de digitação

typing-notice = { $peer } está digitando…
prefs-share-typing = Compartilhar avisos de digitação
prefs-send-receipts = Enviar confirmações de entrega
prefs-activity-explanation = Os avisos de digitação mostram aos seus contatos quando você está escrevendo para eles; as confirmações de entrega, quando as mensagens deles chegaram a este computador. Ambos mostram quando você está ao teclado. Desligados até você ligá-los. As salas nunca os recebem.

## A troca rápida (Ctrl+K)

switcher-title = Ir para uma conversa
switcher-search-placeholder = Nome ou endereço
switcher-search-tooltip = Digite parte do nome ou do endereço de um contato, sala ou canal e pressione Enter
switcher-row = { $name } ({ $address })
switcher-nothing = Nenhum resultado.

## Editar uma conta

account-edit-button = Editar
account-edit-tooltip = Alterar o servidor, a porta, a criptografia ou a senha salva de { $address }
account-edit-title = Editar { $address }
account-edit-save = Salvar alterações
account-direct-tls = Usar TLS desde o início (TLS direto)
account-direct-tls-tooltip = Só se o seu provedor oferecer XMPP em uma porta TLS, geralmente a 5223. Caso contrário, o Otter inicia o TLS na porta habitual (STARTTLS). Em ambos os casos a conexão é criptografada.
account-edit-password-remembered = O Otter salva a senha desta conta.
account-edit-password-not-remembered = O Otter não salva a senha desta conta; ele a pede a cada início.
account-edit-password-keep = Deixar como está
account-edit-password-forget = Esquecer a senha
account-edit-password-remember = Salvar uma senha
account-edit-password-tooltip = A senha a salvar para esta conta

## Copy buttons and an IRC account's client certificate

copy-button = Copiar
copy-done = Copiado
verify-copy-own-tooltip = Copiar sua impressão digital
verify-copy-contact-tooltip = Copiar a impressão digital do seu contato
client-certificate-button = Certificado de cliente…
client-certificate-button-tooltip = Entrar nesta rede com um certificado em vez da sua senha
client-certificate-title = Certificado de cliente de { $address }
client-certificate-explanation = O Otter criou um certificado para esta conta e o guarda junto com as suas configurações. Registre-o uma vez nos serviços da rede enquanto estiver conectado com a sua senha: envie a eles o comando abaixo (cole-o em qualquer conversa nesta rede).
client-certificate-fingerprint = Impressão digital (SHA-256): { $fingerprint }
client-certificate-command = Comando: { $command }
client-certificate-copy-fingerprint = Copiar a impressão digital do certificado
client-certificate-copy-command = Copiar o comando
client-certificate-after = A partir da próxima conexão, o Otter entra com o certificado (SASL EXTERNAL) e não precisa enviar a sua senha. Quem tiver uma cópia da pasta de configurações do Otter pode entrar como você: proteja-a como a sua senha.

## Grupos de contatos

contacts-group-none = Outros contatos
contact-group-menu = Mover para um grupo…
contact-group-menu-tooltip = Colocar este contato em um grupo da sua lista de contatos
contact-group-title = Mover para um grupo
contact-group-explanation = Escolha um grupo para { $name }: digite o nome dele ou escolha um dos seus grupos abaixo. Deixe vazio para nenhum grupo. Seus outros aplicativos XMPP mostram os mesmos grupos.
contact-group-label = Grupo
contact-group-placeholder = Nenhum grupo
contact-group-tooltip = O nome do grupo, novo ou existente
contact-group-known = Seus grupos
contact-group-move = Mover
contact-group-not-listed = Só contatos da lista de contatos de uma conta XMPP podem ser colocados em um grupo.

## The proxy (preferences)

prefs-proxy-expander = Proxy (avançado)
prefs-proxy-explanation = O Otter se conecta somente pela porta SOCKS do Tor. A menos que você a altere aqui, ela é 127.0.0.1:9050, onde o Tor do Tails escuta; o Tor próprio do Navegador Tor escuta em 127.0.0.1:9150. Informe um endereço IP e uma porta: o Otter nunca resolve um nome fora do Tor.
prefs-proxy-in-use = O Otter se conecta por { $address }.
prefs-proxy-fixed = Nesta execução o Otter se conecta por { $address }, informado ao iniciá-lo. Um proxy salvo aqui vale a partir do próximo início sem essa indicação.
prefs-proxy-placeholder = 127.0.0.1:9050
prefs-proxy-tooltip = Endereço IP e porta do proxy SOCKS5 (Tor)
prefs-proxy-use-button = Usar este proxy
prefs-proxy-default-button = Voltar para 127.0.0.1:9050
prefs-proxy-invalid = Informe um endereço IP e uma porta, como 127.0.0.1:9150.
prefs-proxy-reconnect = As contas conectadas agora mantêm a conexão até se reconectarem.

## Room settings (the room's configuration form) and destroying a room

room-create-heading = Se isto criar uma sala nova:
room-create-defaults = Aceitar a configuração padrão
room-create-defaults-tooltip = A sala nova abre na hora com as configurações de costume do servidor
room-create-configure = Configurar a sala…
room-create-configure-tooltip = O Otter mostra primeiro as configurações da sala nova; ninguém mais pode entrar até você salvá-las
room-settings-button = Configurações da sala…
room-settings-button-tooltip = Ver e mudar as configurações desta sala (ela é sua)
room-form-title = Configurações de { $room }
room-form-save = Salvar configurações
room-form-new-room = Esta sala é nova: ninguém mais pode entrar até você salvar as configurações dela. Cancelar apaga a sala.
room-form-required = (obrigatório)
room-form-not-set = Não definido
room-form-left-out = Configurações não mostradas aqui: { $count }. Elas mantêm seus valores.
room-form-problem-required = Preencha: { $name }
room-form-problem-address = Não é um endereço (nome@servidor, um por linha): { $name }
room-form-saved = A sala aceitou as novas configurações.
room-destroy-tool-button = Destruir a sala…
room-destroy-tool-tooltip = Tirar todo mundo desta sala e apagá-la (ela é sua)
room-destroy-dialog-title = Destruir { $room }?
room-destroy-explanation = Todo mundo é tirado da sala e a sala deixa de existir: o nome dela fica livre para qualquer um. Não dá para desfazer.
room-destroy-reason-tooltip = Por quê: todos na sala veem isto ao sair
room-destroy-button = Destruir a sala
room-left-destroyed-moved = A sala foi fechada. As pessoas dela foram convidadas a ir para { $room }.

## IRC in the window: networks without a password, channels by name, invitations
account-irc-no-password = Sem senha: o { -app-name } se conecta só com o apelido, sem entrar na conta
account-irc-no-password-tooltip = Para uma rede sem contas, ou um apelido que você nunca registrou. Um apelido que já entrou antes nunca é usado sem a senha dele.
room-join-connect-first = Conecte primeiro uma conta XMPP ou uma rede IRC: é por ela que se entra em salas e canais.
room-channel-placeholder = Canal, como #otter
room-channel-tooltip = O nome do canal nesta rede, começando com #
room-key-placeholder = Chave do canal (só se tiver uma)
room-key-tooltip = A chave do canal, se tiver uma
room-problem-channel = O nome de um canal começa com # (ou &) e não tem espaços nem vírgulas, como #otter.
room-invite-nick = O apelido da pessoa
room-invite-nick-tooltip = O apelido da pessoa que você vai convidar
room-invite-problem-nick = Digite o apelido da pessoa: sem espaços, e sem começar com número ou #.
error-irc-login-needed = Este apelido já entrou antes, então o { -app-name } só o conecta com a senha dele.

## The join dialog: the account's room service

room-service-line = Salas neste servidor: { $service }
room-service-copy-tooltip = Copiar o endereço do serviço de salas deste servidor

## IRC: NickServ como login alternativo
account-irc-nickserv-fallback = Identificar-se no NickServ quando a rede não tem SASL
account-irc-nickserv-fallback-help = Apenas para uma rede sem SASL. O SASL é mais seguro: ele faz o seu login antes que o seu apelido apareça, e a senha vai só para o servidor. Com o NickServ, o seu apelido fica visível antes de você se identificar, e a senha vai para quem responder como NickServ. Nunca é usado quando a rede oferece SASL.

## IRC: um serviço Onion sem TLS, só quando permitido
account-irc-onion-plaintext = Conectar sem TLS (somente serviços Onion)
account-irc-onion-plaintext-warning = Este serviço Onion não usa TLS: o Tor criptografa a conexão até ele, mas a identidade do servidor é apenas o seu endereço .onion. Somente para uma rede cujo serviço Onion escuta sem TLS; a sua senha passa então por essa conexão.
account-problem-plaintext-not-onion = Uma conexão sem TLS é só para um serviço Onion: o nome do servidor precisa terminar em .onion.

## Temporary XMPP accounts (SASL ANONYMOUS)

account-temporary = Conta temporária (sem senha; um novo endereço aleatório a cada conexão)
account-temporary-help = Para servidores que permitem: o servidor dá a você um novo endereço a cada conexão e o esquece, junto com os contatos dele, quando você se desconecta.
account-temporary-server-placeholder = Servidor, como example.org
account-temporary-server-tooltip = O nome de um servidor que permite contas temporárias
account-problem-temporary-server = Digite só o nome do servidor, como example.org.
account-status-online-as = Conectado como { $address }
error-temporary-not-allowed = Este servidor não permite contas temporárias.

## IRCv3: netsplits e netjoins, recusas do servidor, convites vistos em um canal

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
whois-not-found = Ninguém usa o apelido { $nick } nesta rede agora.
whois-realname = Nome real: { $name }
whois-account = Conectado como { $account }
whois-channels = Canais: { $channels }
whois-channels-truncated = Canais (os primeiros { $count }): { $channels }
whois-server = Servidor: { $server }
whois-idle = Inativo há { $seconds } s
whois-away = Ausente: { $message }
whois-secure = Conectado ao servidor dele com TLS
room-modes = Modos do canal: { $modes }
room-bans-none = Ninguém está banido de { $room }.
room-bans-count = Banimentos em { $room }: { $count }
room-bans-entry = { $mask }, definido por { $by }
room-bans-truncated = A lista é maior; só os primeiros { $count } são mostrados.
room-refused-modes = O canal não deixou você mudar os modos dele: só os operadores podem.

## IRC command /raw: one line as typed, after a confirmation

command-raw-control = Uma linha para /raw não pode ter quebra de linha nem NUL: viraria dois comandos. Nada foi enviado.
command-raw-too-long = Uma linha para /raw pode ter no máximo 510 bytes. Nada foi enviado.
command-raw-private = /raw não envia mensagens nem avisos a uma pessoa: eles passariam por fora da conversa privada (OTR). Escreva na conversa com ela. Nada foi enviado.
command-raw-prefixed = Uma linha para /raw começa com o comando, não com @ nem :. Nada foi enviado.
raw-confirm-title = Enviar linhas sem verificação?
raw-confirm-body = /raw envia à rede IRC exatamente o que você digitou. O { -app-name } não verifica o que isso faz: um comando errado pode mudar sua conta ou seus canais, ou contar à rede mais do que você queria. Mensagens para pessoas continuam indo só pela conversa com elas. Até você sair, as linhas de /raw são enviadas sem perguntar de novo.
raw-confirm-button = Enviar sem verificar

## IRC: someone changes a channel's modes

room-mode-op-given = { $by } torna { $nick } operador do canal.
room-mode-op-taken = { $by } tira { $nick } de operador do canal.
room-mode-voice-given = { $by } deixa { $nick } falar (voz).
room-mode-voice-taken = { $by } impede { $nick } de falar (voz retirada).
room-mode-ban = { $by } bane { $mask }.
room-mode-unban = { $by } retira o banimento de { $mask }.
room-mode-set = { $by } define o modo { $modes }
room-mode-set-more = { $by } define o modo { $modes } e mais { $count }
room-mode-by-server = O servidor

## IRC command /who

who-count = { $target }: { $count } pessoas
who-none = Ninguém corresponde a { $target } nesta rede agora.
who-person = { $nick } ({ $mask }) { $name }
who-person-away = { $nick } ({ $mask }, ausente) { $name }
who-truncated = A lista é maior; só os primeiros { $count } são mostrados.
