# L'interfaccia di Otter in italiano.
# Sorgente: po/en-US/otter.ftl (lì ci sono le indicazioni per chi traduce).
# Terminologia: po/GLOSSARY.md. Si dà del tu, come Tails in italiano.

## Terms

-app-name = Otter

## The window

window-title = { -app-name }
window-title-conversation = { -app-name } — { $peer }

## Tor status line, at the top of the window

tor-status-checking = Verifica che Tor sia in esecuzione…
tor-status-ready = Connesso a Tor. Ogni connessione passa attraverso Tor, ogni account su un proprio circuito.
tor-status-not-isolating = Connesso a un proxy SOCKS che non separa gli account: potrebbe non essere Tor.

## Sidebar: accounts and contacts

sidebar-accounts-heading = Account
sidebar-contacts-heading = Contatti
sidebar-open-address-placeholder = Chatta con… (indirizzo XMPP o nick IRC)
sidebar-open-address-tooltip = Indirizzo del contatto con cui chattare
sidebar-contact-with-name = { $name } ({ $address })

## One row per account in the sidebar

account-connect-button = Connetti
account-disconnect-button = Disconnetti
account-connect-tooltip = Connetti { $address } attraverso Tor
account-status-offline = Non in linea
account-status-connecting = Connessione attraverso Tor…
account-status-online = In linea
account-status-failed = Non connesso: { $reason }

## Importing from Pidgin

pidgin-import-button = Importa da Pidgin
pidgin-import-button-tooltip = Porta in Otter account, contatti, chat di gruppo e chiavi OTR di Pidgin da { $directory }
pidgin-import-dialog-title = Importa da Pidgin
pidgin-import-dialog-body = Otter porterà con sé i tuoi account, contatti, chat di gruppo, chiavi OTR e contatti verificati. Pidgin potrebbe aver salvato anche delle password: importale solo se la memoria di questo computer è cifrata (su Tails: l'Archivio Persistente). I registri delle conversazioni di Pidgin non vengono copiati: Otter non conserva registri a meno che tu non lo chieda.
pidgin-import-without-passwords = Importa senza password
pidgin-import-with-passwords = Importa con le password
pidgin-imported =
    Importato da Pidgin: { $accounts ->
        [one] { $accounts } account
       *[other] { $accounts } account
    } (già presenti: { $skipped }), { $contacts ->
        [one] { $contacts } contatto
       *[other] { $contacts } contatti
    }, { $rooms ->
        [one] { $rooms } chat di gruppo
       *[other] { $rooms } chat di gruppo
    }.

## Dialog buttons shared by several dialogs

dialog-cancel = Annulla

## The conversation pane

conversation-none-open = Nessuna conversazione aperta
conversation-title = Conversazione con { $peer }
conversation-start-private-button = Avvia conversazione privata
conversation-end-private-button = Termina conversazione privata
conversation-verify-button = Verifica contatto
conversation-verify-button-tooltip = Assicurati di parlare con la persona giusta: fai una domanda a cui solo lei può rispondere, o controlla un segreto concordato
conversation-key-changed = Attenzione: { $peer } sta usando una chiave diversa da quella che hai verificato. Potrebbe essere un nuovo dispositivo, oppure qualcun altro. Verifica di nuovo il tuo contatto prima di dire qualcosa di riservato.

## What is private: the line above the messages. It must never say more than is true.

privacy-not-private = Non privata: i messaggi di questa conversazione non sono cifrati end-to-end. Il server può leggerli.
privacy-private-unverified = Privata ma non verificata: i messaggi sono cifrati (OTR), ma non hai verificato chi è il tuo contatto.
privacy-private-verified = Privata e verificata: i messaggi sono cifrati (OTR) e hai verificato il tuo contatto.
privacy-finished = Il tuo contatto ha terminato la conversazione privata. Niente di ciò che scrivi viene inviato finché non la termini anche tu o ne avvii una nuova.
privacy-compromised = Non sicura: hai segnato come compromessa la chiave usata dal tuo contatto. Niente di ciò che scrivi viene inviato. Termina questa conversazione e verifica di nuovo il tuo contatto.
privacy-device = Conversazione privata con il dispositivo «{ $device }» del tuo contatto. Solo quel dispositivo può leggere i tuoi messaggi.

key-generation-started = Creazione della tua chiave privata per { $account }… Le conversazioni private di questo account inizieranno quando sarà pronta.
key-generation-finished = La tua chiave privata per { $account } è pronta.
key-generation-failed = Impossibile creare la tua chiave privata per { $account }, quindi nessuna conversazione privata può iniziare. I messaggi in attesa restano non inviati; si riproverà alla prossima conversazione privata.

## Writing a message, under the conversation

compose-placeholder = Messaggio
compose-tooltip = Scrivi un messaggio
compose-send-button = Invia

## Messages in a conversation

message-received = { $peer }: { $text }
message-received-not-private = Attenzione: { $peer } ha inviato il messaggio qui sopra senza cifratura, anche se questa conversazione dovrebbe essere privata. Non era privato: il server poteva leggerlo.
message-own = io: { $text }
message-own-waiting = io: { $text } (in attesa di una conversazione privata)
message-own-held-ended = io: { $text } (non inviato: il tuo contatto ha terminato la conversazione privata)
message-own-held-compromised = io: { $text } (non inviato: la chiave del tuo contatto è segnata come compromessa)
message-own-held-offline = io: { $text } (non inviato: l'account non è in linea)
message-own-failed = io: { $text } (non inviato)
message-own-discarded = io: { $text } (scartato, non inviato)

## The conversation pane: days, delivery, failed messages, clearing the window

day-today = Oggi
day-yesterday = Ieri
delivery-waiting = In attesa
delivery-waiting-tooltip = Non ancora inviato: partirà appena possibile (per esempio, quando la conversazione sarà privata).
delivery-sent = Inviato
delivery-sent-tooltip = Inviato: ha lasciato questo computer.
delivery-delivered = Consegnato
delivery-delivered-tooltip = Consegnato: il dispositivo del tuo contatto l'ha ricevuto.
delivery-failed = Non inviato
delivery-failed-tooltip = Non inviato. «Riprova» lo invia di nuovo; «Scarta» lo toglie.
message-retry-button = Riprova
message-retry-tooltip = Invia di nuovo questo messaggio
message-discard-button = Scarta
message-discard-tooltip = Togli questo messaggio: non è stato inviato
conversation-menu-button = Altro
conversation-menu-tooltip = Altre azioni per questa conversazione
scrollback-clear-button = Svuota la finestra
scrollback-clear-tooltip = Toglie i messaggi mostrati in questa conversazione. I messaggi salvati su questo computer non vengono eliminati.
scrollback-cleared = Finestra svuotata. I messaggi salvati su questo computer non sono stati eliminati.

## How a message travelled: the tooltip of every message

security-encrypted-verified = Privato: cifrato, e hai verificato il tuo contatto
security-encrypted-unverified = Privato ma non verificato: cifrato, il tuo contatto non è ancora verificato
security-not-encrypted = Non privato: il server può leggere questo messaggio

## Verifying a contact (the Socialist Millionaires' Protocol of OTR)

verify-dialog-title = Verifica il tuo contatto
verify-dialog-verify-button = Verifica
verify-dialog-explanation = Fai una domanda a cui solo il tuo contatto può rispondere, oppure lascia vuota la domanda per controllare un segreto concordato di persona. Nessun altro viene a sapere la risposta, nemmeno il server.
verify-question-placeholder = Domanda (facoltativa)
verify-question-tooltip = Domanda per il tuo contatto
verify-secret-placeholder = Risposta attesa o segreto condiviso
verify-secret-tooltip = Risposta attesa o segreto condiviso
verify-fingerprints-explanation = Oppure confrontate le impronte digitali: leggetevele a vicenda attraverso un canale di cui vi fidate (di persona o per telefono). Se quella del tuo contatto corrisponde a ciò che ti legge, premi «Corrispondono».
verify-own-fingerprint = La tua impronta digitale: { $fingerprint }
verify-contact-fingerprint = Impronta digitale del tuo contatto: { $fingerprint }
verify-fingerprint-matches-button = Corrispondono
verify-fingerprint-compromised-button = La chiave è compromessa
verification-request-question = { $peer } ti chiede una verifica: { $question }
verification-request-secret = { $peer } ti chiede una verifica con il segreto che avete concordato.
verification-answer-placeholder = La tua risposta
verification-answer-tooltip = La tua risposta alla domanda di verifica
verification-answer-button = Rispondi
verification-succeeded = Verifica riuscita: il tuo contatto ha dato la stessa risposta.
verification-failed = Verifica non riuscita: le risposte sono diverse, oppure è stata interrotta. Potresti stare parlando con qualcun altro.

## The server's certificate: a warning that may mean someone is intercepting

certificate-changed-title = Il certificato del server è cambiato
certificate-untrusted-title = Il certificato del server non è attendibile
certificate-changed-explanation = Questo server ha presentato un certificato diverso da quello che avevi accettato. Qualcuno potrebbe intercettare la connessione. Non connetterti, a meno che gli amministratori del server ti abbiano detto che il certificato è cambiato.
certificate-details =
    { $explanation }

    Impronta digitale (SHA-256):
    { $fingerprint }

    Rilasciato a: { $subject }
    Rilasciato da: { $issuer }
    Valido fino al: { $expiry }
certificate-do-not-connect = Non connetterti
certificate-trust-button = Considera attendibile questo certificato

## Errors: one sentence each, for someone who is not a computer expert

error-tor-unavailable = Tor non è in esecuzione, oppure non risponde come dovrebbe, quindi Otter non può connettersi. Otter non si connette mai senza Tor. Avvia Tor (su Tails: connettiti a Tor) e riprova.
error-server-unreachable = Tor non è riuscito a raggiungere il server. L'indirizzo potrebbe essere sbagliato, oppure il server potrebbe non funzionare. Riprova più tardi.
error-certificate-untrusted = Il certificato del server non è attendibile. Qualcuno potrebbe intercettare la connessione, oppure il server usa un certificato che il tuo computer non conosce.
error-authentication-failed = Il server ha rifiutato l'accesso. Controlla l'indirizzo e la password.
error-peer-misbehaved = Il server o il contatto ha inviato qualcosa che Otter non accetta, quindi Otter ha interrotto questa connessione.
error-limit-exceeded = Il server o il contatto ha inviato più di quanto Otter accetti in una volta, quindi Otter ha interrotto questa connessione.
error-private-session-required = Questo messaggio è in attesa di una conversazione privata.
error-storage-failed = Otter non è riuscito a leggere o salvare le sue impostazioni su questo computer.
error-timed-out = Ci è voluto troppo tempo. Tor potrebbe essere ancora in avvio, oppure la rete è lenta. Riprova tra un momento.
error-internal = Qualcosa non ha funzionato all'interno di Otter. Segnalalo agli sviluppatori.

## Keeping a conversation on this computer (off unless the user turns it on)

history-keep-check = Conserva questa conversazione
history-keep-tooltip = Salva da ora in poi i messaggi di questa conversazione nella tua cartella di Otter. I messaggi privati (cifrati) non vengono salvati. Disattivato per impostazione predefinita: non viene salvato nulla finché non lo attivi.
history-delete-button = Elimina i messaggi salvati
history-delete-tooltip = Elimina tutti i messaggi di questa conversazione salvati su questo computer
history-deleted = Messaggi salvati eliminati.

## First run: the welcome, shown while there is no account

welcome-title = Ti diamo il benvenuto in { -app-name }
welcome-intro = { -app-name } si connette solo attraverso Tor. Aggiungi un account per iniziare a chattare.
welcome-add-xmpp-button = Aggiungi un account XMPP esistente
welcome-add-xmpp-tooltip = Hai già un indirizzo XMPP (Jabber) e la sua password
welcome-create-xmpp-button = Crea un nuovo account XMPP
welcome-add-irc-button = Aggiungi una rete IRC
welcome-add-irc-tooltip = Chatta su OFTC, Libera.Chat o un'altra rete IRC con il tuo nick registrato

## Adding an account

account-dialog-xmpp-title = Aggiungi un account XMPP
account-dialog-irc-title = Aggiungi una rete IRC
account-dialog-add-button = Aggiungi account
account-address-placeholder = Indirizzo, per esempio nome@example.org
account-address-tooltip = Il tuo indirizzo XMPP
account-nick-placeholder = Il tuo nick registrato
account-nick-tooltip = Il nick che hai registrato su questa rete
account-network-tooltip = Rete IRC
account-network-custom = Altra rete…
account-network-custom-placeholder = Server, per esempio irc.example.org
account-network-custom-tooltip = Il nome del server della rete IRC
account-password-placeholder = Password
account-password-tooltip = La password dell'account
account-remember-password = Ricorda la password
account-remember-password-tooltip = Salva la password nella tua cartella di Otter, così non devi digitarla di nuovo. Su Tails, fallo solo con l'Archivio Persistente attivo. Disattivato: la digiti a ogni connessione.
account-advanced = Avanzate
account-host-placeholder = Connetti al server (facoltativo)
account-host-tooltip = Connettiti a questo server invece che a quello dell'indirizzo
account-port-placeholder = Porta (facoltativa)
account-port-tooltip = Numero di porta su quel server
account-advanced-help = Serve solo se te l'ha detto il tuo provider. Il nome viene risolto attraverso Tor; Tor non può consultare i record DNS SRV, quindi se il tuo provider ne usa uno, scrivi qui il suo server e la sua porta.

## Why an account cannot be added yet: shown under the fields as the user types

account-problem-address-empty = Scrivi il tuo indirizzo.
account-problem-address-form = Un indirizzo XMPP ha la forma nome@example.org: un nome, «@», poi il server.
account-problem-address-spaces = Un indirizzo non contiene spazi.
account-problem-nick-empty = Scrivi il tuo nick.
account-problem-nick-form = Un nick non contiene spazi né «@», e non inizia con una cifra o con «-».
account-problem-network-empty = Scrivi il server della rete, per esempio irc.example.org.
account-problem-password-empty = Scrivi la password.
account-problem-host-form = Il server è un nome come xmpp.example.org, senza spazi, «/» o «:».
account-problem-port-form = La porta è un numero da 1 a 65535.
account-problem-irc-password = Scrivi la password del tuo nick registrato: { -app-name } la usa per accedere.

## Rooms (group chats): never private

sidebar-rooms-heading = Chat di gruppo
rooms-join-button = Entra in una chat di gruppo…
rooms-join-tooltip = Entra in una chat di gruppo con uno dei tuoi account XMPP
room-open-tooltip = Apri questa chat di gruppo (ci entri se non ci sei già)
room-join-dialog-title = Entra in una chat di gruppo
room-join-dialog-button = Entra
room-join-explanation = Niente di ciò che si dice in una chat di gruppo è privato: tutti quelli che ci sono, e il server, leggono ogni messaggio.
room-account-tooltip = L'account con cui entrare
room-address-placeholder = Indirizzo della chat di gruppo, per esempio { $example }
room-address-tooltip = L'indirizzo della chat di gruppo
room-nick-placeholder = Il tuo nick nella chat di gruppo
room-nick-tooltip = Il nome che vedono gli altri nella chat di gruppo
room-password-placeholder = Password della chat di gruppo (solo se ne ha una)
room-password-tooltip = La password della chat di gruppo, se ne ha una
room-bookmark-check = Salva tra le mie chat di gruppo
room-autojoin-check = Entra automaticamente quando mi connetto
room-problem-address = L'indirizzo di una chat di gruppo ha la forma nome@conference.example.org: un nome, «@», poi il server.
room-problem-nick = Scrivi il nick che vuoi usare nella chat di gruppo.
room-not-private-banner = Non privata: tutti quelli che sono in questa chat di gruppo, e il server, possono leggere ogni messaggio. Le conversazioni private (OTR) non sono possibili nelle chat di gruppo.
room-warning-address-visible = Tutti in questa chat di gruppo possono vedere il tuo vero indirizzo.
room-warning-logged = Questa chat di gruppo viene registrata pubblicamente: ciò che dici potrebbe essere pubblicato.
room-warning-created = Hai creato tu questa chat di gruppo.
room-warning-nick-changed = La chat di gruppo ti ha dato un altro nick: { $nick }
room-joined-as = Sei in questa chat di gruppo come { $nick }.
room-joining = Ingresso in corso…
room-topic = Argomento: { $topic }
room-topic-none = Nessun argomento
room-topic-set = { $nick } ha impostato l'argomento: { $topic }
room-occupants-count = { $count ->
    [one] { $count } persona presente
   *[other] { $count } persone presenti
}
room-occupants-tooltip = Persone in questa chat di gruppo
room-occupant-moderator = { $nick } (moderatore)
room-occupant-participant = { $nick }
room-occupant-visitor = { $nick } (può solo leggere)
room-message = { $nick }: { $text }
room-message-history = { $nick } (in precedenza): { $text }
room-message-from-room = La chat di gruppo dice: { $text }
room-occupant-joined = { $nick } ha raggiunto la chat
room-occupant-left = { $nick } ha lasciato la chat
room-occupant-renamed = { $from } ora si chiama { $to }
room-leave-button = Esci dalla chat di gruppo
room-leave-tooltip = Esci da questa chat di gruppo; puoi rientrarci più tardi
room-compose-tooltip = Scrivi un messaggio a tutti nella chat di gruppo
room-left-left = Hai lasciato la chat di gruppo.
room-left-kicked = Un moderatore ti ha rimosso dalla chat di gruppo.
room-left-banned = L'accesso a questa chat di gruppo ti è vietato.
room-left-removed = Non hai più il permesso di stare in questa chat di gruppo.
room-left-shutdown = Il server della chat di gruppo si è spento.
room-left-destroyed = La chat di gruppo è stata chiusa.
room-left-too-many = Questa chat di gruppo ha più persone di quante { -app-name } possa seguirne, quindi { -app-name } ne è uscito.
room-left-disconnected = Sei fuori dalla chat di gruppo: l'account è andato offline.
room-error-nick-in-use = Qualcuno in questa chat di gruppo usa già quel nick. Scegline un altro.
room-error-password = Questa chat di gruppo richiede una password, oppure la password era sbagliata.
room-error-banned = L'accesso a questa chat di gruppo ti è vietato.
room-error-not-found = Non c'è nessuna chat di gruppo a questo indirizzo.
room-error-members-only = Solo i membri possono entrare in questa chat di gruppo.
room-error-full = Questa chat di gruppo è piena.
room-error-creation-refused = Il server non ti permette di creare questa chat di gruppo.
room-error-nick-refused = La chat di gruppo non accetta questo nick. Scegline un altro.
room-error-message-refused = La chat di gruppo non ha accettato il tuo messaggio: forse non hai il permesso di parlare lì.
room-error-other = La chat di gruppo ha rifiutato: { $condition }
room-problem = { $room }: { $error }
room-topic-button = Cambia argomento…
room-topic-button-tooltip = Dai a questa chat di gruppo un altro argomento, che vedono tutti
room-topic-dialog-title = Argomento di { $room }
room-topic-entry = Nuovo argomento (vuoto: nessuno)
room-topic-entry-tooltip = L'argomento che vedono tutti nella chat di gruppo
room-topic-dialog-button = Imposta argomento
room-nick-button = Cambia nick…
room-nick-button-tooltip = Compari con un altro nick in questa chat di gruppo
room-nick-dialog-title = Il tuo nick in { $room }
room-nick-irc-explanation = Su IRC il tuo nick vale per tutta la rete: cambia in tutti i canali di questo account.
room-nick-dialog-button = Usa questo nick
room-invite-button = Invita…
room-invite-button-tooltip = Invita qualcuno in questa chat di gruppo
room-invite-dialog-title = Invita qualcuno in { $room }
room-invite-address = Il suo indirizzo, per esempio nome@example.org
room-invite-address-tooltip = L'indirizzo della persona da invitare
room-reason-entry = Motivo (facoltativo)
room-invite-reason-tooltip = Qualche parola inviata con l'invito
room-invite-dialog-button = Invia l'invito
room-invite-problem-address = Un indirizzo è fatto così: nome@example.org, un nome, «@», poi il server.
room-invite-sent = Invito inviato a { $address }.
room-occupant-actions = Azioni per { $nick }
room-action-kick = Rimuovi dalla chat di gruppo
room-action-ban = Escludi dalla chat di gruppo
room-action-grant-voice = Fai parlare
room-action-revoke-voice = Togli la parola
room-action-grant-moderator = Rendi moderatore
room-action-revoke-moderator = Togli la moderazione
room-kick-dialog-title = Rimuovere { $nick } dalla chat di gruppo?
room-kick-explanation = Potrà tornare. Tutti nella chat di gruppo vedono che l'hai rimosso, e il tuo motivo.
room-kick-button = Rimuovi
room-ban-dialog-title = Escludere { $nick } dalla chat di gruppo?
room-ban-explanation = Non potrà tornare finché un amministratore non revoca l'esclusione. Tutti nella chat di gruppo vedono che l'hai escluso, e il tuo motivo.
room-ban-button = Escludi
room-moderation-reason-tooltip = Perché: lo vedono tutti nella chat di gruppo
room-occupant-now-moderator = { $nick } ora è moderatore.
room-occupant-now-participant = { $nick } può parlare.
room-occupant-now-visitor = { $nick } ora può solo leggere.
room-occupant-kicked = { $nick } è stato rimosso dalla chat di gruppo.
room-occupant-banned = { $nick } è stato escluso dalla chat di gruppo.
room-refused-configure = La chat di gruppo non ha accettato le impostazioni predefinite, quindi resta chiusa agli altri.
room-refused-kick = La chat di gruppo non ti ha permesso di rimuovere quella persona.
room-refused-ban = La chat di gruppo non ti ha permesso di escludere quella persona.
room-refused-voice = La chat di gruppo non ti ha permesso di cambiare chi può parlare.
room-refused-moderator = La chat di gruppo non ti ha permesso di cambiare chi modera.
room-refused-invite = La chat di gruppo non ha inoltrato il tuo invito.
room-refused-destroy = La chat di gruppo non ti ha permesso di chiuderla.
room-refused-subject = La chat di gruppo non ti ha permesso di cambiare l'argomento.
room-refused-configuration = La chat di gruppo non ti ha permesso di vedere o cambiare le sue impostazioni.
room-refused-rights = Qui non hai i permessi per farlo.
room-refused-later = Riprova tra un momento.
room-refused-condition = La chat di gruppo ha risposto: { $condition }
rooms-channels-button = Canali IRC…
rooms-channels-tooltip = Cerca tra i canali di una rete IRC a cui sei connesso ed entra in uno
room-channels-dialog-title = Canali IRC
room-channels-explanation = Niente di ciò che si dice in un canale è privato: tutti quelli che ci sono, e la rete, leggono ogni messaggio.
room-channels-network-tooltip = La rete IRC in cui cercare
room-channels-search-placeholder = Parte del nome di un canale (vuoto: tutti)
room-channels-search-tooltip = Cerca i canali della rete per nome
room-channels-search-button = Cerca
room-channels-no-network = Prima connetti una rete IRC: i suoi canali sono elencati tramite essa.
room-channels-searching = Richiesta alla rete…
room-channels-count = { $count ->
    [one] Trovato un canale.
   *[other] Trovati { $count } canali.
}
room-channels-truncated = Corrispondono più canali di quanti se ne possano mostrare; ecco i primi { $count }. Scrivi una parte più lunga del nome per restringere la ricerca.
room-channels-row = { $room } ({ $people ->
    [one] una persona
   *[other] { $people } persone
}): { $topic }
room-channels-join-button = Entra
room-channels-join = Entra in { $room }

## Preferences (Ctrl+comma)

prefs-title = Preferenze
prefs-button = Preferenze
prefs-button-tooltip = Impostazioni di privacy e conversazioni salvate
prefs-require-private = Richiedi conversazioni private con tutti
prefs-require-private-explanation = Se attivo, nessun messaggio a un contatto parte senza cifratura: aspetta finché la conversazione privata (OTR) non è attiva. Le chat di gruppo non sono mai private e questa opzione non le cambia.
prefs-require-private-unknown = A metà: questa finestra non sa se l'hai attivata in una sessione precedente. Scegli attivo o disattivo.
prefs-delete-all-button = Elimina tutte le conversazioni salvate
prefs-delete-all-tooltip = Elimina ogni messaggio salvato su questo computer, di ogni conversazione
prefs-delete-all-confirm-title = Eliminare tutte le conversazioni salvate?
prefs-delete-all-confirm-body = Ogni messaggio salvato su questo computer viene eliminato. Questa operazione non può essere annullata.
prefs-delete-all-confirm-button = Elimina tutto
prefs-language = Lingua
prefs-language-system = Come il sistema
prefs-language-next-start = { -app-name } userà questa lingua dal prossimo avvio.
dialog-close = Chiudi

## A profile Otter cannot open

profile-problem-title = Otter non riesce ad aprire le tue impostazioni
profile-damaged-explanation = Il file in { $folder } in cui Otter conserva i tuoi account, i contatti e le chiavi fidate è danneggiato.
profile-newer-explanation = Il file in { $folder } in cui Otter conserva i tuoi account, i contatti e le chiavi fidate è stato scritto da una versione più recente di Otter, che questa versione non sa leggere.
profile-set-aside-explanation = Otter può spostarlo, insieme alle tue chiavi private e all'eventuale cronologia salvata, in una nuova cartella al suo interno e ripartire senza account. Non viene eliminato nulla.
profile-set-aside-button = Spostalo e riparti senza account
profile-quit-button = Esci

## Unread messages and notifications

sidebar-contact-unread = { $name }, { $count ->
    [one] un messaggio non letto
   *[other] { $count } messaggi non letti
}
notification-new-message = Nuovo messaggio
notification-new-message-from = Nuovo messaggio da { $name }
prefs-notify-sender = Mostra chi ha scritto nelle notifiche
prefs-notify-sender-explanation = Se disattivato, una notifica dice solo «Nuovo messaggio», così chi vede il tuo schermo non scopre chi ha scritto. Il messaggio stesso non compare mai in una notifica.

## Links in messages: asked before anything opens outside Otter

link-open-title = Aprire questo link fuori da Otter?
link-open-body = { $address } si aprirà nel tuo browser web, fuori da Otter. Il browser potrebbe non collegarsi tramite Tor, e il sito saprà che qualcuno ha aperto il link.
link-open-button = Apri link

## Creating an XMPP account on its server (in-band registration)

welcome-create-xmpp-tooltip = Crea un nuovo account su un server XMPP, tramite Tor
account-dialog-create-title = Crea un account XMPP
account-dialog-create-button = Crea account
account-random-name-button = Nome a caso
account-random-name-tooltip = Inserisce un nome inventato che non dice nulla di te, per un account usa e getta
account-password-repeat-placeholder = Ripeti la password
account-password-repeat-tooltip = Scrivi di nuovo la password, per esserne sicuro
account-problem-password-mismatch = Le due password sono diverse.
registration-started = Creazione di { $address } sul suo server tramite Tor…
registration-succeeded = { $address } è stato creato e aggiunto.
registration-name-taken = Questo nome è già preso su questo server: scegline un altro.
registration-not-acceptable = Il server non accetta questo nome o questa password.
registration-closed = Questo server non permette di creare account da qui. Crealo sul sito web del server (in Tor Browser), poi aggiungilo.
registration-too-many = Da questa uscita Tor sono stati creati troppi account di recente. Riprova più tardi.
registration-cannot-show-form = Il server chiede qualcosa che Otter non può mostrare (come un'immagine da decifrare). Crea l'account sul sito web del server (in Tor Browser), poi aggiungilo.
registration-not-saved = L'account è stato creato, ma Otter non è riuscito a salvarlo: aggiungilo con «Aggiungi un account XMPP esistente».
registration-failed = Impossibile creare { $address }: { $reason }

## Presence and requests

sidebar-status-label = Il tuo stato
presence-available = Disponibile
presence-away = Assente
presence-busy = Occupato
presence-offline = Non in linea
contact-request = { $peer } chiede di aggiungerti come contatto e di vedere quando sei in linea.
contact-request-accept = Accetta
contact-request-refuse = Rifiuta
room-invitation = { $from } ti invita nella chat di gruppo { $room }.
room-invitation-unknown = Sei stato invitato nella chat di gruppo { $room }.
room-invitation-join = Entra
room-invitation-ignore = Ignora

## The password prompt

password-prompt-title = Password di { $address }
password-prompt-body = Digita la password di { $address }. Otter la conserva solo fino alla chiusura; non viene salvata.

## Verification under way

verification-in-progress = Verifica del contatto in corso…
verification-stop-button = Interrompi la verifica

## How far a sent message got

message-state-server = { $security } Il server l'ha ricevuto.
message-state-delivered = { $security } Consegnato al dispositivo del tuo contatto.
message-own-elsewhere = io, da un altro dispositivo: { $text }

## I comandi della casella di scrittura (una riga che inizia con "/")

command-unknown = { $command } non è un comando che Otter conosce. Non è stato inviato niente. Per inviare una riga che inizia con "/", iniziala con "//".
command-unsupported = { $command } non è ancora disponibile qui. Non è stato inviato niente.
command-incomplete = A { $command } mancano delle parole, per esempio: { $example }. Non è stato inviato niente.
command-room-only = { $command } funziona solo in una chat di gruppo. Non è stato inviato niente.

## Notifiche di scrittura

typing-notice = { $peer } sta scrivendo…
prefs-share-typing = Condividi le notifiche di scrittura
prefs-send-receipts = Invia le conferme di consegna
prefs-activity-explanation = Le notifiche di scrittura dicono ai tuoi contatti quando stai scrivendo loro; le conferme di consegna, quando i loro messaggi sono arrivati su questo computer. Entrambe mostrano quando sei alla tastiera. Disattivate finché non le attivi. Le chat di gruppo non le ricevono mai.

## Il cambio rapido (Ctrl+K)

switcher-title = Vai a una conversazione
switcher-search-placeholder = Nome o indirizzo
switcher-search-tooltip = Scrivi parte del nome o dell'indirizzo di un contatto, una chat di gruppo o un canale, poi premi Invio
switcher-row = { $name } ({ $address })
switcher-nothing = Nessun risultato.

## Modificare un account

account-edit-button = Modifica
account-edit-tooltip = Cambia il server, la porta, la cifratura o la password salvata di { $address }
account-edit-title = Modifica { $address }
account-edit-save = Salva le modifiche
account-direct-tls = Usa TLS fin dall'inizio (TLS diretto)
account-direct-tls-tooltip = Solo se il tuo fornitore offre XMPP su una porta TLS, di solito la 5223. Altrimenti Otter avvia TLS sulla porta consueta (STARTTLS). In entrambi i casi la connessione è cifrata.
account-edit-password-remembered = Otter salva la password di questo account.
account-edit-password-not-remembered = Otter non salva la password di questo account; la chiede a ogni avvio.
account-edit-password-keep = Lascia com'è
account-edit-password-forget = Dimentica la password
account-edit-password-remember = Salva una password
account-edit-password-tooltip = La password da salvare per questo account

## Copy buttons and an IRC account's client certificate

copy-button = Copia
copy-done = Copiato
verify-copy-own-tooltip = Copia la tua impronta digitale
verify-copy-contact-tooltip = Copia l'impronta digitale del tuo contatto
client-certificate-button = Certificato client…
client-certificate-button-tooltip = Accedi a questa rete con un certificato invece della tua password
client-certificate-title = Certificato client di { $address }
client-certificate-explanation = Otter ha creato un certificato per questo account e lo conserva con le tue impostazioni. Registralo una volta presso i servizi della rete mentre hai effettuato l'accesso con la password: invia loro il comando qui sotto (incollalo in una qualsiasi conversazione su questa rete).
client-certificate-fingerprint = Impronta digitale (SHA-256): { $fingerprint }
client-certificate-command = Comando: { $command }
client-certificate-copy-fingerprint = Copia l'impronta digitale del certificato
client-certificate-copy-command = Copia il comando
client-certificate-after = Dalla prossima connessione Otter accede con il certificato (SASL EXTERNAL) e non ha bisogno di inviare la tua password. Chiunque abbia una copia della cartella delle impostazioni di Otter può accedere al posto tuo: proteggila come la tua password.

## Gruppi di contatti

contacts-group-none = Altri contatti
contact-group-menu = Sposta in un gruppo…
contact-group-menu-tooltip = Metti questo contatto in un gruppo della tua lista contatti
contact-group-title = Sposta in un gruppo
contact-group-explanation = Scegli un gruppo per { $name }: scrivine il nome o scegli uno dei tuoi gruppi qui sotto. Lascia vuoto per nessun gruppo. Le tue altre app XMPP mostrano gli stessi gruppi.
contact-group-label = Gruppo
contact-group-placeholder = Nessun gruppo
contact-group-tooltip = Il nome del gruppo, nuovo o esistente
contact-group-known = I tuoi gruppi
contact-group-move = Sposta
contact-group-not-listed = Solo i contatti nella lista contatti di un account XMPP possono stare in un gruppo.

## The proxy (preferences)

prefs-proxy-expander = Proxy (avanzate)
prefs-proxy-explanation = Otter si connette solo attraverso la porta SOCKS di Tor. A meno che tu non la cambi qui, è 127.0.0.1:9050, dove è in ascolto il Tor di Tails; il Tor di Tor Browser è in ascolto su 127.0.0.1:9150. Indica un indirizzo IP e una porta: Otter non cerca mai un nome al di fuori di Tor.
prefs-proxy-in-use = Otter si connette attraverso { $address }.
prefs-proxy-fixed = Per questa esecuzione Otter si connette attraverso { $address }, indicato all'avvio. Un proxy salvato qui vale dal prossimo avvio senza questa indicazione.
prefs-proxy-placeholder = 127.0.0.1:9050
prefs-proxy-tooltip = Indirizzo IP e porta del proxy SOCKS5 (Tor)
prefs-proxy-use-button = Usa questo proxy
prefs-proxy-default-button = Torna a 127.0.0.1:9050
prefs-proxy-invalid = Indica un indirizzo IP e una porta, come 127.0.0.1:9150.
prefs-proxy-reconnect = Gli account connessi ora mantengono la connessione finché non si riconnettono.

## Room settings (the room's configuration form) and destroying a room

room-create-heading = Se così nasce una nuova chat di gruppo:
room-create-defaults = Accetta la configurazione predefinita
room-create-defaults-tooltip = La nuova chat di gruppo si apre subito con le impostazioni abituali del server
room-create-configure = Configura la chat di gruppo…
room-create-configure-tooltip = Otter ti mostra prima le impostazioni della nuova chat di gruppo; nessun altro può entrare finché non le salvi
room-settings-button = Impostazioni della chat di gruppo…
room-settings-button-tooltip = Vedi e cambia le impostazioni di questa chat di gruppo (è tua)
room-form-title = Impostazioni di { $room }
room-form-save = Salva le impostazioni
room-form-new-room = Questa chat di gruppo è nuova: nessun altro può entrare finché non salvi le sue impostazioni. Annulla la elimina.
room-form-required = (obbligatorio)
room-form-not-set = Non impostato
room-form-left-out = Impostazioni non mostrate qui: { $count }. Mantengono i loro valori.
room-form-problem-required = Compila: { $name }
room-form-problem-address = Non è un indirizzo (nome@server, uno per riga): { $name }
room-form-saved = La chat di gruppo ha preso le nuove impostazioni.
room-destroy-tool-button = Distruggi la chat di gruppo…
room-destroy-tool-tooltip = Fai uscire tutti da questa chat di gruppo ed eliminala (è tua)
room-destroy-dialog-title = Distruggere { $room }?
room-destroy-explanation = Tutti vengono tolti dalla chat di gruppo e la chat sparisce: il suo nome torna libero per chiunque. Non si può annullare.
room-destroy-reason-tooltip = Perché: tutti nella chat di gruppo lo vedono mentre vengono tolti
room-destroy-button = Distruggi la chat di gruppo
room-left-destroyed-moved = La chat di gruppo è stata chiusa. Ai partecipanti è stato chiesto di andare invece in { $room }.

## IRC in the window: networks without a password, channels by name, invitations
account-irc-no-password = Senza password: { -app-name } si collega col solo nick, senza accedere
account-irc-no-password-tooltip = Per una rete senza account, o un nick che non hai mai registrato. Un nick che ha già effettuato l'accesso non viene mai usato senza la sua password.
room-join-connect-first = Connetti prima un account XMPP o una rete IRC: stanze e canali si raggiungono tramite essi.
room-channel-placeholder = Canale, per esempio #otter
room-channel-tooltip = Il nome del canale su questa rete, che inizia con #
room-key-placeholder = Chiave del canale (solo se ne ha una)
room-key-tooltip = La chiave del canale, se ne ha una
room-problem-channel = Il nome di un canale inizia con # (o &) e non ha spazi né virgole, per esempio #otter.
room-invite-nick = Il suo nick
room-invite-nick-tooltip = Il nick della persona da invitare
room-invite-problem-nick = Scrivi il suo nick: senza spazi, e senza una cifra o # all'inizio.
error-irc-login-needed = Questo nick ha già effettuato l'accesso, quindi { -app-name } lo collega solo con la sua password.

## The join dialog: the account's room service

room-service-line = Stanze su questo server: { $service }
room-service-copy-tooltip = Copia l'indirizzo del servizio stanze di questo server

## IRC: NickServ come accesso di riserva
account-irc-nickserv-fallback = Identificati con NickServ se la rete non ha SASL
account-irc-nickserv-fallback-help = Solo per una rete senza SASL. SASL è più sicuro: ti fa accedere prima che il tuo nick sia visibile, e la password va solo al server. Con NickServ, il tuo nick è visibile prima che tu sia identificato, e la password va a chiunque risponda come NickServ. Non viene mai usato se la rete offre SASL.

## IRC: un servizio Onion senza TLS, solo se consentito
account-irc-onion-plaintext = Connetti senza TLS (solo servizi Onion)
account-irc-onion-plaintext-warning = Questo servizio Onion non usa TLS: Tor cifra la connessione fino a lui, ma l'identità del server è solo il suo indirizzo .onion. Solo per una rete il cui servizio Onion è in ascolto senza TLS; la tua password passa poi su quella connessione.
account-problem-plaintext-not-onion = Una connessione senza TLS è solo per un servizio Onion: il nome del server deve finire con .onion.

## Temporary XMPP accounts (SASL ANONYMOUS)

account-temporary = Account temporaneo (senza password; un nuovo indirizzo casuale a ogni connessione)
account-temporary-help = Per i server che lo consentono: il server ti dà un nuovo indirizzo ogni volta che ti connetti e lo dimentica, insieme ai suoi contatti, quando ti disconnetti.
account-temporary-server-placeholder = Server, per esempio example.org
account-temporary-server-tooltip = Il nome di un server che consente account temporanei
account-problem-temporary-server = Scrivi solo il nome del server, per esempio example.org.
account-status-online-as = In linea come { $address }
error-temporary-not-allowed = Questo server non consente account temporanei.

## IRCv3: netsplit e netjoin, rifiuti del server, inviti visti in un canale

room-netsplit = { $count ->
    [one] { $count } persona è uscita: netsplit tra { $first } e { $second }
   *[other] { $count } persone sono uscite: netsplit tra { $first } e { $second }
}
room-netjoin = { $count ->
    [one] { $count } persona è tornata
   *[other] { $count } persone sono tornate
}
server-refused = Il server ha rifiutato { $command }: { $description }
room-invited-other = { $by } ha invitato { $nick }

## IRC commands in the composer: /whois and /mode

whois-user = { $nick } è { $mask }
whois-not-found = Nessuno usa il nick { $nick } su questa rete ora.
whois-realname = Nome reale: { $name }
whois-account = Ha effettuato l'accesso come { $account }
whois-channels = Canali: { $channels }
whois-channels-truncated = Canali (i primi { $count }): { $channels }
whois-server = Server: { $server }
whois-idle = Inattivo da { $seconds } s
whois-away = Assente: { $message }
whois-secure = Connesso al suo server con TLS
room-modes = Modalità del canale: { $modes }
room-bans-none = Nessuno è bandito da { $room }.
room-bans-count = Ban in { $room }: { $count }
room-bans-entry = { $mask }, messo da { $by }
room-bans-truncated = L'elenco è più lungo; sono mostrati solo i primi { $count }.
room-refused-modes = Il canale non ti ha permesso di cambiarne le modalità: possono farlo solo i suoi operatori.

## IRC command /raw: one line as typed, after a confirmation

command-raw-control = Una riga per /raw non può contenere un a capo o NUL: diventerebbe due comandi. Non è stato inviato nulla.
command-raw-too-long = Una riga per /raw può essere lunga al massimo 510 byte. Non è stato inviato nulla.
command-raw-private = /raw non invia messaggi o notice a una persona: aggirerebbero la conversazione privata (OTR). Scrivi invece nella vostra conversazione. Non è stato inviato nulla.
command-raw-prefixed = Una riga per /raw inizia con il comando, non con @ o :. Non è stato inviato nulla.
raw-confirm-title = Inviare righe senza controllo?
raw-confirm-body = /raw invia alla rete IRC esattamente ciò che hai scritto. { -app-name } non controlla cosa fa: un comando sbagliato può cambiare il tuo account o i tuoi canali, o dire alla rete più di quanto volevi. I messaggi alle persone passano comunque solo dalla loro conversazione. Finché non esci, le righe /raw vengono inviate senza chiedere di nuovo.
raw-confirm-button = Invia senza controllo

## IRC: someone changes a channel's modes

room-mode-op-given = { $by } rende { $nick } operatore del canale.
room-mode-op-taken = { $by } toglie a { $nick } il ruolo di operatore del canale.
room-mode-voice-given = { $by } lascia parlare { $nick } (voce).
room-mode-voice-taken = { $by } impedisce a { $nick } di parlare (voce tolta).
room-mode-ban = { $by } banna { $mask }.
room-mode-unban = { $by } toglie il ban a { $mask }.
room-mode-set = { $by } imposta la modalità { $modes }
room-mode-set-more = { $by } imposta la modalità { $modes } e altre { $count }
room-mode-by-server = Il server

## IRC command /who

who-count = { $target }: { $count } persone
who-none = Al momento nessuno corrisponde a { $target } su questa rete.
who-person = { $nick } ({ $mask }) { $name }
who-person-away = { $nick } ({ $mask }, assente) { $name }
who-truncated = L’elenco è più lungo; vengono mostrati solo i primi { $count }.
