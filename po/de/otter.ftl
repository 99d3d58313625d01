# Otters Benutzeroberfläche auf Deutsch.
# Quelle: po/en-US/otter.ftl (dort stehen die Hinweise für Übersetzende).
# Begriffe: po/GLOSSARY.md. Anrede: „Sie“, wie in Tails.

## Terms

-app-name = Otter

## The window

window-title = { -app-name }
window-title-conversation = { -app-name } — { $peer }

## Tor status line, at the top of the window

tor-status-checking = Es wird geprüft, ob Tor läuft …
tor-status-ready = Mit Tor verbunden. Jede Verbindung läuft über Tor, jedes Konto über einen eigenen Kanal.
tor-status-not-isolating = Verbunden mit einem SOCKS-Proxy, der Konten nicht voneinander trennt: Es ist möglicherweise nicht Tor.

## Sidebar: accounts and contacts

sidebar-accounts-heading = Konten
sidebar-contacts-heading = Kontakte
sidebar-open-address-placeholder = Chatten mit … (XMPP-Adresse oder IRC-Nick)
sidebar-open-address-tooltip = Adresse eines Kontakts, mit dem Sie chatten möchten
sidebar-contact-with-name = { $name } ({ $address })

## One row per account in the sidebar

account-connect-button = Verbinden
account-disconnect-button = Trennen
account-connect-tooltip = { $address } über Tor verbinden
account-status-offline = Offline
account-status-connecting = Verbindung über Tor wird hergestellt …
account-status-online = Online
account-status-failed = Nicht verbunden: { $reason }

## Importing from Pidgin

pidgin-import-button = Aus Pidgin importieren
pidgin-import-button-tooltip = Ihre Pidgin-Konten, -Kontakte, -Gruppenchats und OTR-Schlüssel aus { $directory } übernehmen
pidgin-import-dialog-title = Aus Pidgin importieren
pidgin-import-dialog-body = Otter übernimmt Ihre Konten, Kontakte, Gruppenchats, OTR-Schlüssel und bestätigten Kontakte. Pidgin hat vielleicht auch Passwörter gespeichert: Übernehmen Sie diese nur, wenn der Speicher dieses Computers verschlüsselt ist (in Tails: der beständige Datenspeicher). Pidgins Gesprächsprotokolle werden nicht kopiert: Otter speichert keine Protokolle, außer Sie wünschen es.
pidgin-import-without-passwords = Ohne Passwörter importieren
pidgin-import-with-passwords = Mit Passwörtern importieren
pidgin-imported =
    Aus Pidgin importiert: { $accounts ->
        [one] { $accounts } Konto
       *[other] { $accounts } Konten
    } ({ $skipped } schon vorhanden), { $contacts ->
        [one] { $contacts } Kontakt
       *[other] { $contacts } Kontakte
    }, { $rooms ->
        [one] { $rooms } Gruppenchat
       *[other] { $rooms } Gruppenchats
    }.

## Dialog buttons shared by several dialogs

dialog-cancel = Abbrechen

## The conversation pane

conversation-none-open = Keine Unterhaltung geöffnet
conversation-title = Unterhaltung mit { $peer }
conversation-start-private-button = Private Unterhaltung beginnen
conversation-end-private-button = Private Unterhaltung beenden
conversation-verify-button = Kontakt bestätigen
conversation-verify-button-tooltip = Stellen Sie sicher, dass Sie mit der richtigen Person sprechen: Stellen Sie eine Frage, die nur diese Person beantworten kann, oder prüfen Sie ein vereinbartes Geheimnis
conversation-key-changed = Warnung: { $peer } verwendet einen anderen Schlüssel als den, den Sie bestätigt haben. Das kann ein neues Gerät sein – oder jemand anderes. Bestätigen Sie Ihren Kontakt erneut, bevor Sie etwas Vertrauliches schreiben.

## What is private: the line above the messages. It must never say more than is true.

privacy-not-private = Nicht privat: Die Nachrichten dieser Unterhaltung sind nicht Ende-zu-Ende-verschlüsselt. Der Server kann sie lesen.
privacy-private-unverified = Privat, aber nicht bestätigt: Die Nachrichten sind verschlüsselt (OTR), aber Sie haben nicht bestätigt, wer Ihr Kontakt ist.
privacy-private-verified = Privat und bestätigt: Die Nachrichten sind verschlüsselt (OTR), und Sie haben Ihren Kontakt bestätigt.
privacy-finished = Ihr Kontakt hat die private Unterhaltung beendet. Was Sie schreiben, wird nicht gesendet, bis Sie sie ebenfalls beenden oder eine neue beginnen.
privacy-compromised = Nicht sicher: Sie haben den Schlüssel Ihres Kontakts als kompromittiert markiert. Was Sie schreiben, wird nicht gesendet. Beenden Sie diese Unterhaltung und bestätigen Sie Ihren Kontakt erneut.

## Writing a message, under the conversation

compose-placeholder = Nachricht
compose-tooltip = Nachricht eingeben
compose-send-button = Senden

## Messages in a conversation

message-received = { $peer }: { $text }
message-own = ich: { $text }
message-own-waiting = ich: { $text } (wartet auf eine private Unterhaltung)
message-own-held-ended = ich: { $text } (nicht gesendet: Ihr Kontakt hat die private Unterhaltung beendet)
message-own-held-compromised = ich: { $text } (nicht gesendet: Der Schlüssel Ihres Kontakts ist als kompromittiert markiert)
message-own-held-offline = ich: { $text } (nicht gesendet: Das Konto ist offline)
message-own-failed = ich: { $text } (nicht gesendet)
message-own-discarded = ich: { $text } (verworfen, nicht gesendet)

## How a message travelled: the tooltip of every message

security-encrypted-verified = Privat: verschlüsselt, und Sie haben Ihren Kontakt bestätigt
security-encrypted-unverified = Privat, aber nicht bestätigt: verschlüsselt, Ihr Kontakt ist noch nicht bestätigt
security-not-encrypted = Nicht privat: Der Server kann diese Nachricht lesen

## Verifying a contact (the Socialist Millionaires' Protocol of OTR)

verify-dialog-title = Kontakt bestätigen
verify-dialog-verify-button = Bestätigen
verify-dialog-explanation = Stellen Sie eine Frage, die nur Ihr Kontakt beantworten kann, oder lassen Sie die Frage leer, um ein Geheimnis zu prüfen, das Sie persönlich vereinbart haben. Niemand sonst erfährt die Antwort, auch nicht der Server.
verify-question-placeholder = Frage (optional)
verify-question-tooltip = Frage an Ihren Kontakt
verify-secret-placeholder = Erwartete Antwort oder gemeinsames Geheimnis
verify-secret-tooltip = Erwartete Antwort oder gemeinsames Geheimnis
verify-fingerprints-explanation = Oder vergleichen Sie Fingerabdrücke: Lesen Sie sie einander über einen Weg vor, dem Sie vertrauen (persönlich oder per Telefon). Wenn der Ihres Kontakts mit dem übereinstimmt, was er Ihnen vorliest, drücken Sie „Stimmen überein“.
verify-own-fingerprint = Ihr Fingerabdruck: { $fingerprint }
verify-contact-fingerprint = Fingerabdruck Ihres Kontakts: { $fingerprint }
verify-fingerprint-matches-button = Stimmen überein
verify-fingerprint-compromised-button = Schlüssel ist kompromittiert
verification-request-question = { $peer } bittet Sie um Bestätigung: { $question }
verification-request-secret = { $peer } bittet Sie um Bestätigung mit dem vereinbarten Geheimnis.
verification-answer-placeholder = Ihre Antwort
verification-answer-tooltip = Ihre Antwort auf die Bestätigungsfrage
verification-answer-button = Antworten
verification-succeeded = Bestätigung erfolgreich: Ihr Kontakt hat dieselbe Antwort gegeben.
verification-failed = Bestätigung fehlgeschlagen: Die Antworten unterscheiden sich, oder der Vorgang wurde abgebrochen. Möglicherweise sprechen Sie mit jemand anderem.

## The server's certificate: a warning that may mean someone is intercepting

certificate-changed-title = Das Zertifikat des Servers hat sich geändert
certificate-untrusted-title = Dem Zertifikat des Servers wird nicht vertraut
certificate-changed-explanation = Dieser Server hat ein anderes Zertifikat vorgelegt als das, das Sie zuvor akzeptiert haben. Jemand könnte die Verbindung abfangen. Verbinden Sie sich nicht, es sei denn, die Verwaltung des Servers hat Ihnen mitgeteilt, dass sich das Zertifikat geändert hat.
certificate-details =
    { $explanation }

    Fingerabdruck (SHA-256):
    { $fingerprint }

    Ausgestellt für: { $subject }
    Ausgestellt von: { $issuer }
    Gültig bis: { $expiry }
certificate-do-not-connect = Nicht verbinden
certificate-trust-button = Diesem Zertifikat vertrauen

## Errors: one sentence each, for someone who is not a computer expert

error-tor-unavailable = Tor läuft nicht oder antwortet nicht so, wie Tor es sollte, daher kann Otter keine Verbindung herstellen. Otter verbindet sich niemals ohne Tor. Starten Sie Tor (in Tails: mit Tor verbinden) und versuchen Sie es erneut.
error-server-unreachable = Tor konnte den Server nicht erreichen. Vielleicht ist die Adresse falsch oder der Server nicht erreichbar. Versuchen Sie es später erneut.
error-certificate-untrusted = Dem Zertifikat des Servers wird nicht vertraut. Jemand könnte die Verbindung abfangen, oder der Server verwendet ein Zertifikat, das Ihr Computer nicht kennt.
error-authentication-failed = Der Server hat die Anmeldung abgelehnt. Prüfen Sie die Adresse und das Passwort.
error-peer-misbehaved = Der Server oder Kontakt hat etwas gesendet, das Otter nicht annimmt, daher hat Otter diese Verbindung beendet.
error-limit-exceeded = Der Server oder Kontakt hat mehr gesendet, als Otter auf einmal annimmt, daher hat Otter diese Verbindung beendet.
error-private-session-required = Diese Nachricht wartet auf eine private Unterhaltung.
error-storage-failed = Otter konnte seine Einstellungen auf diesem Computer nicht lesen oder speichern.
error-timed-out = Das hat zu lange gedauert. Vielleicht startet Tor noch, oder das Netzwerk ist langsam. Versuchen Sie es gleich noch einmal.
error-internal = In Otter ist etwas schiefgelaufen. Bitte melden Sie es den Entwicklern.

## Keeping a conversation on this computer (off unless the user turns it on)

history-keep-check = Diese Unterhaltung aufbewahren
history-keep-tooltip = Speichert die Nachrichten dieser Unterhaltung ab jetzt in Ihrem Otter-Ordner. Private (verschlüsselte) Nachrichten werden nicht gespeichert. Standardmäßig aus: Nichts wird gespeichert, solange Sie es nicht einschalten.
history-delete-button = Gespeicherte Nachrichten löschen
history-delete-tooltip = Alle Nachrichten dieser Unterhaltung löschen, die auf diesem Computer gespeichert wurden
history-deleted = Gespeicherte Nachrichten gelöscht.

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
