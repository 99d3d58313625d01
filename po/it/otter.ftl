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

## Writing a message, under the conversation

compose-placeholder = Messaggio
compose-tooltip = Scrivi un messaggio
compose-send-button = Invia

## Messages in a conversation

message-received = { $peer }: { $text }
message-own = io: { $text }
message-own-waiting = io: { $text } (in attesa di una conversazione privata)
message-own-held-ended = io: { $text } (non inviato: il tuo contatto ha terminato la conversazione privata)
message-own-held-compromised = io: { $text } (non inviato: la chiave del tuo contatto è segnata come compromessa)
message-own-held-offline = io: { $text } (non inviato: l'account non è in linea)
message-own-failed = io: { $text } (non inviato)
message-own-discarded = io: { $text } (scartato, non inviato)

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
