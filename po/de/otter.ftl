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
privacy-device = Private Unterhaltung mit dem Gerät „{ $device }“ Ihres Kontakts. Nur dieses Gerät kann Ihre Nachrichten lesen.

key-generation-started = Ihr privater Schlüssel für { $account } wird erstellt … Private Unterhaltungen mit diesem Konto beginnen, sobald er bereit ist.
key-generation-finished = Ihr privater Schlüssel für { $account } ist bereit.
key-generation-failed = Ihr privater Schlüssel für { $account } konnte nicht erstellt werden, daher kann keine private Unterhaltung beginnen. Wartende Nachrichten bleiben ungesendet; bei der nächsten privaten Unterhaltung wird es erneut versucht.

## Writing a message, under the conversation

compose-placeholder = Nachricht
compose-tooltip = Nachricht eingeben
compose-send-button = Senden

## Messages in a conversation

message-received = { $peer }: { $text }
message-received-not-private = Warnung: { $peer } hat die Nachricht oben unverschlüsselt gesendet, obwohl diese Unterhaltung privat sein soll. Sie war nicht privat: Der Server konnte sie lesen.
message-own = ich: { $text }
message-own-waiting = ich: { $text } (wartet auf eine private Unterhaltung)
message-own-held-ended = ich: { $text } (nicht gesendet: Ihr Kontakt hat die private Unterhaltung beendet)
message-own-held-compromised = ich: { $text } (nicht gesendet: Der Schlüssel Ihres Kontakts ist als kompromittiert markiert)
message-own-held-offline = ich: { $text } (nicht gesendet: Das Konto ist offline)
message-own-failed = ich: { $text } (nicht gesendet)
message-own-discarded = ich: { $text } (verworfen, nicht gesendet)

## The conversation pane: days, delivery, failed messages, clearing the window

day-today = Heute
day-yesterday = Gestern
delivery-waiting = Wartet
delivery-waiting-tooltip = Noch nicht gesendet: Sie wird gesendet, sobald es geht (zum Beispiel, sobald die Unterhaltung privat ist).
delivery-sent = Gesendet
delivery-sent-tooltip = Gesendet: Sie hat diesen Computer verlassen.
delivery-delivered = Zugestellt
delivery-delivered-tooltip = Zugestellt: Das Gerät Ihres Kontakts hat sie erhalten.
delivery-failed = Nicht gesendet
delivery-failed-tooltip = Nicht gesendet. „Erneut versuchen“ sendet sie noch einmal; „Verwerfen“ entfernt sie.
message-retry-button = Erneut versuchen
message-retry-tooltip = Diese Nachricht noch einmal senden
message-discard-button = Verwerfen
message-discard-tooltip = Diese Nachricht entfernen: Sie wurde nicht gesendet
conversation-menu-button = Mehr
conversation-menu-tooltip = Weitere Aktionen für diese Unterhaltung
scrollback-clear-button = Fenster leeren
scrollback-clear-tooltip = Die in dieser Unterhaltung angezeigten Nachrichten entfernen. Auf diesem Computer gespeicherte Nachrichten werden nicht gelöscht.
scrollback-cleared = Fenster geleert. Auf diesem Computer gespeicherte Nachrichten wurden nicht gelöscht.

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

## First run: the welcome, shown while there is no account

welcome-title = Willkommen bei { -app-name }
welcome-intro = { -app-name } verbindet sich nur über Tor. Fügen Sie ein Konto hinzu, um zu chatten.
welcome-add-xmpp-button = Vorhandenes XMPP-Konto hinzufügen
welcome-add-xmpp-tooltip = Sie haben bereits eine XMPP-Adresse (Jabber) und das zugehörige Passwort
welcome-create-xmpp-button = Neues XMPP-Konto erstellen
welcome-add-irc-button = IRC-Netzwerk hinzufügen
welcome-add-irc-tooltip = Chatten Sie auf OFTC, Libera.Chat oder einem anderen IRC-Netzwerk mit Ihrem registrierten Nick

## Adding an account

account-dialog-xmpp-title = XMPP-Konto hinzufügen
account-dialog-irc-title = IRC-Netzwerk hinzufügen
account-dialog-add-button = Konto hinzufügen
account-address-placeholder = Adresse, zum Beispiel name@example.org
account-address-tooltip = Ihre XMPP-Adresse
account-nick-placeholder = Ihr registrierter Nick
account-nick-tooltip = Der Nick, den Sie in diesem Netzwerk registriert haben
account-network-tooltip = IRC-Netzwerk
account-network-custom = Anderes Netzwerk …
account-network-custom-placeholder = Server, zum Beispiel irc.example.org
account-network-custom-tooltip = Der Servername des IRC-Netzwerks
account-password-placeholder = Passwort
account-password-tooltip = Das Passwort des Kontos
account-remember-password = Passwort speichern
account-remember-password-tooltip = Speichert das Passwort in Ihrem Otter-Ordner, damit Sie es nicht erneut eingeben müssen. In Tails tun Sie das nur, wenn der beständige Datenspeicher eingeschaltet ist. Aus: Sie geben es bei jeder Verbindung ein.
account-advanced = Erweitert
account-host-placeholder = Mit Server verbinden (optional)
account-host-tooltip = Mit diesem Server statt mit dem aus der Adresse verbinden
account-port-placeholder = Port (optional)
account-port-tooltip = Portnummer auf diesem Server
account-advanced-help = Nur nötig, wenn Ihr Anbieter es Ihnen gesagt hat. Der Name wird über Tor aufgelöst; Tor kann keine DNS-SRV-Einträge abfragen. Wenn Ihr Anbieter einen verwendet, geben Sie hier dessen Server und Port ein.

## Why an account cannot be added yet: shown under the fields as the user types

account-problem-address-empty = Geben Sie Ihre Adresse ein.
account-problem-address-form = Eine XMPP-Adresse sieht so aus: name@example.org – ein Name, „@“, dann der Server.
account-problem-address-spaces = Eine Adresse enthält keine Leerzeichen.
account-problem-nick-empty = Geben Sie Ihren Nick ein.
account-problem-nick-form = Ein Nick enthält keine Leerzeichen und kein „@“ und beginnt weder mit einer Ziffer noch mit „-“.
account-problem-network-empty = Geben Sie den Server des Netzwerks ein, zum Beispiel irc.example.org.
account-problem-password-empty = Geben Sie das Passwort ein.
account-problem-host-form = Der Server ist ein Name wie xmpp.example.org, ohne Leerzeichen, „/“ oder „:“.
account-problem-port-form = Der Port ist eine Zahl von 1 bis 65535.
account-problem-irc-password = Geben Sie das Passwort Ihres registrierten Nicks ein: { -app-name } meldet sich damit an.

## Rooms (group chats): never private

sidebar-rooms-heading = Gruppenchats
rooms-join-button = Gruppenchat betreten …
rooms-join-tooltip = Mit einem Ihrer XMPP-Konten einen Gruppenchat betreten
room-open-tooltip = Diesen Gruppenchat öffnen (und betreten, falls Sie nicht darin sind)
room-join-dialog-title = Gruppenchat betreten
room-join-dialog-button = Gruppenchat betreten
room-join-explanation = Nichts, was in einem Gruppenchat gesagt wird, ist privat: Alle darin und der Server lesen jede Nachricht.
room-account-tooltip = Das Konto, mit dem Sie beitreten
room-address-placeholder = Adresse des Gruppenchats, zum Beispiel { $example }
room-address-tooltip = Die Adresse des Gruppenchats
room-nick-placeholder = Ihr Nick im Gruppenchat
room-nick-tooltip = Der Name, den die anderen im Gruppenchat sehen
room-password-placeholder = Passwort des Gruppenchats (nur falls er eines hat)
room-password-tooltip = Das Passwort des Gruppenchats, falls er eines hat
room-bookmark-check = In meinen Gruppenchats speichern
room-autojoin-check = Beim Verbinden automatisch betreten
room-problem-address = Die Adresse eines Gruppenchats sieht so aus: name@conference.example.org – ein Name, „@“, dann der Server.
room-problem-nick = Geben Sie den Nick ein, den Sie im Gruppenchat verwenden möchten.
room-not-private-banner = Nicht privat: Alle in diesem Gruppenchat und der Server können jede Nachricht lesen. Private Unterhaltungen (OTR) sind in Gruppenchats nicht möglich.
room-warning-address-visible = Alle in diesem Gruppenchat können Ihre echte Adresse sehen.
room-warning-logged = Dieser Gruppenchat wird öffentlich protokolliert: Was Sie schreiben, kann veröffentlicht werden.
room-warning-created = Sie haben diesen Gruppenchat erstellt.
room-warning-nick-changed = Der Gruppenchat hat Ihnen einen anderen Nick gegeben: { $nick }
room-joined-as = Sie nehmen an diesem Gruppenchat als { $nick } teil.
room-joining = Wird betreten …
room-topic = Thema: { $topic }
room-topic-none = Kein Thema
room-topic-set = { $nick } hat das Thema festgelegt: { $topic }
room-occupants-count = { $count ->
    [one] { $count } Person anwesend
   *[other] { $count } Personen anwesend
}
room-occupants-tooltip = Personen in diesem Gruppenchat
room-occupant-moderator = { $nick } (Moderation)
room-occupant-participant = { $nick }
room-occupant-visitor = { $nick } (kann nur lesen)
room-message = { $nick }: { $text }
room-message-history = { $nick } (früher): { $text }
room-message-from-room = Der Gruppenchat meldet: { $text }
room-occupant-joined = { $nick } ist hinzugekommen
room-occupant-left = { $nick } ist gegangen
room-occupant-renamed = { $from } heißt jetzt { $to }
room-leave-button = Gruppenchat verlassen
room-leave-tooltip = Diesen Gruppenchat verlassen; Sie können ihn später wieder betreten
room-compose-tooltip = Nachricht an alle im Gruppenchat eingeben
room-left-left = Sie haben den Gruppenchat verlassen.
room-left-kicked = Eine Moderatorin oder ein Moderator hat Sie aus dem Gruppenchat entfernt.
room-left-banned = Sie sind aus diesem Gruppenchat verbannt.
room-left-removed = Sie dürfen nicht mehr in diesem Gruppenchat sein.
room-left-shutdown = Der Server des Gruppenchats wurde heruntergefahren.
room-left-destroyed = Der Gruppenchat wurde geschlossen.
room-left-too-many = In diesem Gruppenchat sind mehr Personen, als { -app-name } verfolgen kann, daher hat { -app-name } ihn verlassen.
room-left-disconnected = Sie sind nicht mehr im Gruppenchat: Das Konto ist offline gegangen.
room-error-nick-in-use = Jemand in diesem Gruppenchat verwendet diesen Nick bereits. Wählen Sie einen anderen.
room-error-password = Dieser Gruppenchat braucht ein Passwort, oder das Passwort war falsch.
room-error-banned = Sie sind aus diesem Gruppenchat verbannt.
room-error-not-found = Unter dieser Adresse gibt es keinen Gruppenchat.
room-error-members-only = Nur Mitglieder dürfen diesen Gruppenchat betreten.
room-error-full = Dieser Gruppenchat ist voll.
room-error-creation-refused = Der Server erlaubt Ihnen nicht, diesen Gruppenchat zu erstellen.
room-error-nick-refused = Der Gruppenchat akzeptiert diesen Nick nicht. Wählen Sie einen anderen.
room-error-message-refused = Der Gruppenchat hat Ihre Nachricht nicht angenommen: Vielleicht dürfen Sie dort nicht schreiben.
room-error-other = Der Gruppenchat hat abgelehnt: { $condition }
room-problem = { $room }: { $error }
room-topic-button = Thema ändern …
room-topic-button-tooltip = Diesem Gruppenchat ein anderes Thema geben, das alle darin sehen
room-topic-dialog-title = Thema von { $room }
room-topic-entry = Neues Thema (leer: kein Thema)
room-topic-entry-tooltip = Das Thema, das alle im Gruppenchat sehen
room-topic-dialog-button = Thema festlegen
room-nick-button = Nick ändern …
room-nick-button-tooltip = In diesem Gruppenchat unter einem anderen Nick erscheinen
room-nick-dialog-title = Ihr Nick in { $room }
room-nick-irc-explanation = Im IRC gehört Ihr Nick zum ganzen Netzwerk: Er ändert sich in jedem Kanal dieses Kontos.
room-nick-dialog-button = Diesen Nick verwenden
room-invite-button = Einladen …
room-invite-button-tooltip = Jemanden in diesen Gruppenchat einladen
room-invite-dialog-title = Jemanden in { $room } einladen
room-invite-address = Adresse der Person, zum Beispiel name@example.org
room-invite-address-tooltip = Die Adresse der Person, die Sie einladen
room-reason-entry = Grund (freiwillig)
room-invite-reason-tooltip = Ein paar Worte, die mit der Einladung gesendet werden
room-invite-dialog-button = Einladung senden
room-invite-problem-address = Eine Adresse sieht so aus: name@example.org – ein Name, „@“, dann der Server.
room-invite-sent = Einladung an { $address } gesendet.
room-occupant-actions = Aktionen für { $nick }
room-action-kick = Aus dem Gruppenchat entfernen
room-action-ban = Aus dem Gruppenchat verbannen
room-action-grant-voice = Sprechen lassen
room-action-revoke-voice = Sprechen verbieten
room-action-grant-moderator = Zur Moderation machen
room-action-revoke-moderator = Moderation entziehen
room-kick-dialog-title = { $nick } aus dem Gruppenchat entfernen?
room-kick-explanation = Die Person kann zurückkommen. Alle im Gruppenchat sehen, dass Sie sie entfernt haben, und Ihren Grund.
room-kick-button = Entfernen
room-ban-dialog-title = { $nick } aus dem Gruppenchat verbannen?
room-ban-explanation = Die Person kann nicht zurückkommen, bis eine Administratorin oder ein Administrator die Verbannung aufhebt. Alle im Gruppenchat sehen, dass Sie sie verbannt haben, und Ihren Grund.
room-ban-button = Verbannen
room-moderation-reason-tooltip = Warum: Alle im Gruppenchat sehen es
room-occupant-now-moderator = { $nick } moderiert jetzt.
room-occupant-now-participant = { $nick } darf sprechen.
room-occupant-now-visitor = { $nick } kann jetzt nur noch lesen.
room-occupant-kicked = { $nick } wurde aus dem Gruppenchat entfernt.
room-occupant-banned = { $nick } wurde aus dem Gruppenchat verbannt.
room-refused-configure = Der Gruppenchat hat seine Standardeinstellungen nicht übernommen und bleibt für andere geschlossen.
room-refused-kick = Der Gruppenchat hat Sie diese Person nicht entfernen lassen.
room-refused-ban = Der Gruppenchat hat Sie diese Person nicht verbannen lassen.
room-refused-voice = Der Gruppenchat hat Sie nicht ändern lassen, wer sprechen darf.
room-refused-moderator = Der Gruppenchat hat Sie nicht ändern lassen, wer moderiert.
room-refused-invite = Der Gruppenchat hat Ihre Einladung nicht weitergegeben.
room-refused-destroy = Der Gruppenchat hat Sie ihn nicht schließen lassen.
room-refused-subject = Der Gruppenchat hat Sie das Thema nicht ändern lassen.
room-refused-configuration = Der Gruppenchat hat Sie seine Einstellungen nicht ansehen oder ändern lassen.
room-refused-rights = Dafür haben Sie hier nicht die Rechte.
room-refused-later = Versuchen Sie es gleich noch einmal.
room-refused-condition = Der Gruppenchat sagte: { $condition }
rooms-channels-button = IRC-Kanäle …
rooms-channels-tooltip = Die Kanäle eines verbundenen IRC-Netzwerks durchsuchen und einen betreten
room-channels-dialog-title = IRC-Kanäle
room-channels-explanation = Nichts, was in einem Kanal gesagt wird, ist privat: Alle darin und das Netzwerk lesen jede Nachricht.
room-channels-network-tooltip = Das zu durchsuchende IRC-Netzwerk
room-channels-search-placeholder = Teil eines Kanalnamens (leer: alle)
room-channels-search-tooltip = Die Kanäle des Netzwerks nach Namen durchsuchen
room-channels-search-button = Suchen
room-channels-no-network = Verbinden Sie zuerst ein IRC-Netzwerk: Seine Kanäle werden darüber aufgelistet.
room-channels-searching = Das Netzwerk wird gefragt …
room-channels-count = { $count ->
    [one] Ein Kanal gefunden.
   *[other] { $count } Kanäle gefunden.
}
room-channels-truncated = Es passen mehr Kanäle, als angezeigt werden können; hier sind die ersten { $count }. Geben Sie mehr vom Namen ein, um die Suche einzugrenzen.
room-channels-row = { $room } ({ $people ->
    [one] eine Person
   *[other] { $people } Personen
}): { $topic }
room-channels-join-button = Betreten
room-channels-join = { $room } betreten

## Preferences (Ctrl+comma)

prefs-title = Einstellungen
prefs-button = Einstellungen
prefs-button-tooltip = Privatsphäre-Einstellungen und gespeicherte Unterhaltungen
prefs-require-private = Private Unterhaltungen mit allen verlangen
prefs-require-private-explanation = Wenn eingeschaltet, geht keine Nachricht an einen Kontakt unverschlüsselt hinaus: Sie wartet, bis die private Unterhaltung (OTR) besteht. Gruppenchats sind nie privat, und diese Einstellung ändert daran nichts.
prefs-require-private-unknown = Halb gesetzt: Dieses Fenster weiß nicht, ob Sie dies in einer früheren Sitzung eingeschaltet haben. Wählen Sie ein oder aus.
prefs-delete-all-button = Alle gespeicherten Unterhaltungen löschen
prefs-delete-all-tooltip = Alle auf diesem Computer gespeicherten Nachrichten aller Unterhaltungen löschen
prefs-delete-all-confirm-title = Alle gespeicherten Unterhaltungen löschen?
prefs-delete-all-confirm-body = Alle auf diesem Computer gespeicherten Nachrichten werden gelöscht. Das kann nicht rückgängig gemacht werden.
prefs-delete-all-confirm-button = Alles löschen
prefs-language = Sprache
prefs-language-system = Wie im System
prefs-language-next-start = { -app-name } verwendet diese Sprache ab dem nächsten Start.
dialog-close = Schließen

## A profile Otter cannot open

profile-problem-title = Otter kann Ihre Einstellungen nicht öffnen
profile-damaged-explanation = Die Datei in { $folder }, in der Otter Ihre Konten, Kontakte und vertrauenswürdigen Schlüssel aufbewahrt, ist beschädigt.
profile-newer-explanation = Die Datei in { $folder }, in der Otter Ihre Konten, Kontakte und vertrauenswürdigen Schlüssel aufbewahrt, wurde von einer neueren Version von Otter geschrieben, die diese Version nicht lesen kann.
profile-set-aside-explanation = Otter kann sie zusammen mit Ihren privaten Schlüsseln und einem gespeicherten Verlauf in einen neuen Ordner darin verschieben und ohne Konten starten. Nichts wird gelöscht.
profile-set-aside-button = Verschieben und ohne Konten starten
profile-quit-button = Beenden

## Unread messages and notifications

sidebar-contact-unread = { $name }, { $count ->
    [one] eine ungelesene Nachricht
   *[other] { $count } ungelesene Nachrichten
}
notification-new-message = Neue Nachricht
notification-new-message-from = Neue Nachricht von { $name }
prefs-notify-sender = In Benachrichtigungen zeigen, wer geschrieben hat
prefs-notify-sender-explanation = Wenn ausgeschaltet, sagt eine Benachrichtigung nur „Neue Nachricht“: Wer Ihren Bildschirm sieht, erfährt nicht, wer geschrieben hat. Die Nachricht selbst erscheint nie in einer Benachrichtigung.

## Links in messages: asked before anything opens outside Otter

link-open-title = Diesen Link außerhalb von Otter öffnen?
link-open-body = { $address } wird in Ihrem Webbrowser geöffnet, außerhalb von Otter. Der Browser verbindet sich möglicherweise nicht über Tor, und die Website erfährt, dass jemand den Link geöffnet hat.
link-open-button = Link öffnen

## Creating an XMPP account on its server (in-band registration)

welcome-create-xmpp-tooltip = Ein neues Konto auf einem XMPP-Server anlegen, über Tor
account-dialog-create-title = XMPP-Konto erstellen
account-dialog-create-button = Konto erstellen
account-random-name-button = Zufälliger Name
account-random-name-tooltip = Einen ausgedachten Namen eintragen, der nichts über Sie verrät, für ein Wegwerfkonto
account-password-repeat-placeholder = Passwort wiederholen
account-password-repeat-tooltip = Geben Sie das Passwort noch einmal ein, um sicherzugehen
account-problem-password-mismatch = Die beiden Passwörter sind verschieden.
registration-started = { $address } wird über Tor auf seinem Server erstellt …
registration-succeeded = { $address } wurde erstellt und hinzugefügt.
registration-name-taken = Dieser Name ist auf diesem Server schon vergeben: Wählen Sie einen anderen.
registration-not-acceptable = Der Server akzeptiert diesen Namen oder dieses Passwort nicht.
registration-closed = Dieser Server lässt von hier aus keine Konten erstellen. Erstellen Sie das Konto auf der Website des Servers (im Tor Browser) und fügen Sie es dann hinzu.
registration-too-many = Über diesen Tor-Ausgang wurden kürzlich zu viele Konten erstellt. Versuchen Sie es später noch einmal.
registration-cannot-show-form = Der Server verlangt etwas, das Otter nicht anzeigen kann (etwa ein Bild zum Entziffern). Erstellen Sie das Konto auf der Website des Servers (im Tor Browser) und fügen Sie es dann hinzu.
registration-not-saved = Das Konto wurde erstellt, aber Otter konnte es nicht speichern: Fügen Sie es mit „Vorhandenes XMPP-Konto hinzufügen“ hinzu.
registration-failed = { $address } konnte nicht erstellt werden: { $reason }

## Presence and requests

sidebar-status-label = Ihr Status
presence-available = Verfügbar
presence-away = Abwesend
presence-busy = Beschäftigt
presence-offline = Offline
contact-request = { $peer } möchte Sie als Kontakt hinzufügen und sehen, wann Sie online sind.
contact-request-accept = Annehmen
contact-request-refuse = Ablehnen
room-invitation = { $from } lädt Sie in den Gruppenchat { $room } ein.
room-invitation-unknown = Sie sind in den Gruppenchat { $room } eingeladen.
room-invitation-join = Beitreten
room-invitation-ignore = Ignorieren

## The password prompt

password-prompt-title = Passwort für { $address }
password-prompt-body = Geben Sie das Passwort von { $address } ein. Otter behält es nur, bis es beendet wird; es wird nicht gespeichert.

## Verification under way

verification-in-progress = Ihr Kontakt wird bestätigt …
verification-stop-button = Bestätigung abbrechen

## How far a sent message got

message-state-server = { $security } Der Server hat sie erhalten.
message-state-delivered = { $security } Auf dem Gerät Ihres Kontakts angekommen.
message-own-elsewhere = ich, auf einem anderen Gerät: { $text }

## Befehle im Eingabefeld (eine Zeile, die mit "/" beginnt)

command-unknown = { $command } ist kein Befehl, den Otter kennt. Es wurde nichts gesendet. Um eine Zeile zu senden, die mit "/" beginnt, beginnen Sie sie mit "//".
command-unsupported = { $command } ist hier noch nicht verfügbar. Es wurde nichts gesendet.
command-incomplete = { $command } braucht mehr Angaben, zum Beispiel: { $example }. Es wurde nichts gesendet.
command-room-only = { $command } funktioniert nur in einem Gruppenchat. Es wurde nichts gesendet.

## Tippbenachrichtigungen

typing-notice = { $peer } schreibt…
prefs-share-typing = Tippbenachrichtigungen senden
prefs-send-receipts = Empfangsbestätigungen senden
prefs-activity-explanation = Tippbenachrichtigungen zeigen Ihren Kontakten, wann Sie ihnen schreiben; Empfangsbestätigungen zeigen ihnen, wann ihre Nachrichten diesen Computer erreicht haben. Beides verrät, wann Sie an der Tastatur sind. Aus, solange Sie es nicht einschalten. Gruppenchats erhalten sie nie.

## Schnellwechsel (Strg+K)

switcher-title = Zu einer Unterhaltung wechseln
switcher-search-placeholder = Name oder Adresse
switcher-search-tooltip = Geben Sie einen Teil des Namens oder der Adresse eines Kontakts, Gruppenchats oder Kanals ein und drücken Sie die Eingabetaste
switcher-row = { $name } ({ $address })
switcher-nothing = Keine Treffer.

## Konto bearbeiten

account-edit-button = Bearbeiten
account-edit-tooltip = Server, Port, Verschlüsselung oder gespeichertes Passwort von { $address } ändern
account-edit-title = { $address } bearbeiten
account-edit-save = Änderungen speichern
account-direct-tls = TLS von Anfang an verwenden (direktes TLS)
account-direct-tls-tooltip = Nur wenn Ihr Anbieter XMPP auf einem TLS-Port anbietet, meist 5223. Sonst startet Otter TLS auf dem üblichen Port (STARTTLS). In beiden Fällen ist die Verbindung verschlüsselt.
account-edit-password-remembered = Otter speichert das Passwort dieses Kontos.
account-edit-password-not-remembered = Otter speichert das Passwort dieses Kontos nicht; es wird bei jedem Start abgefragt.
account-edit-password-keep = Unverändert lassen
account-edit-password-forget = Passwort vergessen
account-edit-password-remember = Passwort speichern
account-edit-password-tooltip = Das Passwort, das für dieses Konto gespeichert wird

## Copy buttons and an IRC account's client certificate

copy-button = Kopieren
copy-done = Kopiert
verify-copy-own-tooltip = Ihren Fingerabdruck kopieren
verify-copy-contact-tooltip = Fingerabdruck Ihres Kontakts kopieren
client-certificate-button = Client-Zertifikat…
client-certificate-button-tooltip = Bei diesem Netzwerk mit einem Zertifikat statt mit Ihrem Passwort anmelden
client-certificate-title = Client-Zertifikat für { $address }
client-certificate-explanation = Otter hat für dieses Konto ein Zertifikat erstellt und bewahrt es bei Ihren Einstellungen auf. Registrieren Sie es einmal bei den Diensten des Netzwerks, während Sie mit Ihrem Passwort angemeldet sind: Senden Sie ihnen den Befehl unten (fügen Sie ihn in eine beliebige Unterhaltung in diesem Netzwerk ein).
client-certificate-fingerprint = Fingerabdruck (SHA-256): { $fingerprint }
client-certificate-command = Befehl: { $command }
client-certificate-copy-fingerprint = Fingerabdruck des Zertifikats kopieren
client-certificate-copy-command = Befehl kopieren
client-certificate-after = Ab der nächsten Verbindung meldet sich Otter mit dem Zertifikat an (SASL EXTERNAL) und muss Ihr Passwort nicht senden. Wer eine Kopie von Otters Einstellungsordner hat, kann sich als Sie anmelden: Schützen Sie ihn wie Ihr Passwort.

## Kontaktgruppen

contacts-group-none = Weitere Kontakte
contact-group-menu = In Gruppe verschieben…
contact-group-menu-tooltip = Diesen Kontakt einer Gruppe Ihrer Kontaktliste zuordnen
contact-group-title = In eine Gruppe verschieben
contact-group-explanation = Wählen Sie eine Gruppe für { $name }: Geben Sie ihren Namen ein oder wählen Sie unten eine Ihrer Gruppen. Leer lassen für keine Gruppe. Ihre anderen XMPP-Apps zeigen dieselben Gruppen.
contact-group-label = Gruppe
contact-group-placeholder = Keine Gruppe
contact-group-tooltip = Der Name der Gruppe, neu oder vorhanden
contact-group-known = Ihre Gruppen
contact-group-move = Verschieben
contact-group-not-listed = Nur Kontakte in der Kontaktliste eines XMPP-Kontos können einer Gruppe zugeordnet werden.

## The proxy (preferences)

prefs-proxy-expander = Proxy (erweitert)
prefs-proxy-explanation = Otter verbindet sich nur über den SOCKS-Port von Tor. Solange Sie ihn hier nicht ändern, ist das 127.0.0.1:9050, wo das Tor von Tails lauscht; das Tor des Tor Browsers lauscht auf 127.0.0.1:9150. Geben Sie eine IP-Adresse und einen Port an: Otter schlägt niemals einen Namen außerhalb von Tor nach.
prefs-proxy-in-use = Otter verbindet sich über { $address }.
prefs-proxy-fixed = In dieser Sitzung verbindet sich Otter über { $address }, das beim Start angegeben wurde. Ein hier gespeicherter Proxy gilt ab dem nächsten Start ohne diese Angabe.
prefs-proxy-placeholder = 127.0.0.1:9050
prefs-proxy-tooltip = IP-Adresse und Port des SOCKS5-Proxys (Tor)
prefs-proxy-use-button = Diesen Proxy verwenden
prefs-proxy-default-button = Zurück zu 127.0.0.1:9050
prefs-proxy-invalid = Geben Sie eine IP-Adresse und einen Port an, etwa 127.0.0.1:9150.
prefs-proxy-reconnect = Jetzt verbundene Konten behalten ihre Verbindung, bis sie sich neu verbinden.

## Room settings (the room's configuration form) and destroying a room

room-create-heading = Falls dadurch ein neuer Gruppenchat entsteht:
room-create-defaults = Standardeinstellungen übernehmen
room-create-defaults-tooltip = Der neue Gruppenchat öffnet sofort mit den üblichen Einstellungen des Servers
room-create-configure = Gruppenchat einrichten …
room-create-configure-tooltip = Otter zeigt zuerst die Einstellungen des neuen Gruppenchats; niemand sonst kann hinein, bis Sie sie speichern
room-settings-button = Einstellungen des Gruppenchats …
room-settings-button-tooltip = Die Einstellungen dieses Gruppenchats ansehen und ändern (er gehört Ihnen)
room-form-title = Einstellungen von { $room }
room-form-save = Einstellungen speichern
room-form-new-room = Dieser Gruppenchat ist neu: Niemand sonst kann hinein, bis Sie seine Einstellungen speichern. „Abbrechen“ löscht den Gruppenchat.
room-form-required = (erforderlich)
room-form-not-set = Nicht festgelegt
room-form-left-out = Hier nicht angezeigte Einstellungen: { $count }. Sie behalten ihre Werte.
room-form-problem-required = Bitte ausfüllen: { $name }
room-form-problem-address = Keine Adresse (name@server, eine pro Zeile): { $name }
room-form-saved = Der Gruppenchat hat die neuen Einstellungen übernommen.
room-destroy-tool-button = Gruppenchat auflösen …
room-destroy-tool-tooltip = Alle aus diesem Gruppenchat entfernen und ihn löschen (er gehört Ihnen)
room-destroy-dialog-title = { $room } auflösen?
room-destroy-explanation = Alle im Gruppenchat werden entfernt und der Gruppenchat ist weg: Sein Name ist wieder für jeden frei. Das lässt sich nicht rückgängig machen.
room-destroy-reason-tooltip = Warum: Alle im Gruppenchat sehen es, wenn sie entfernt werden
room-destroy-button = Gruppenchat auflösen
room-left-destroyed-moved = Der Gruppenchat wurde geschlossen. Seine Teilnehmenden wurden gebeten, stattdessen zu { $room } zu wechseln.

## IRC in the window: networks without a password, channels by name, invitations
account-irc-no-password = Kein Passwort: { -app-name } verbindet sich, ohne Sie anzumelden
account-irc-no-password-tooltip = Für ein Netzwerk ohne Konten oder einen Nick, den Sie nie registriert haben. Ein Nick, der sich schon einmal angemeldet hat, wird nie ohne sein Passwort verwendet.
room-join-connect-first = Verbinden Sie zuerst ein XMPP-Konto oder ein IRC-Netzwerk: Gruppenchats und Kanäle werden darüber betreten.
room-channel-placeholder = Kanal, zum Beispiel #otter
room-channel-tooltip = Der Name des Kanals in diesem Netzwerk, beginnend mit #
room-key-placeholder = Kanalschlüssel (nur falls vorhanden)
room-key-tooltip = Der Schlüssel des Kanals, falls er einen hat
room-problem-channel = Ein Kanalname beginnt mit # (oder &) und enthält weder Leerzeichen noch Kommas, zum Beispiel #otter.
room-invite-nick = Nick der Person
room-invite-nick-tooltip = Der Nick der Person, die Sie einladen
room-invite-problem-nick = Geben Sie den Nick ein: ohne Leerzeichen, und nicht mit einer Ziffer oder # am Anfang.
error-irc-login-needed = Dieser Nick hat sich schon einmal angemeldet, daher verbindet { -app-name } ihn nur mit seinem Passwort.

## The join dialog: the account's room service

room-service-line = Räume auf diesem Server: { $service }
room-service-copy-tooltip = Adresse des Raumdienstes dieses Servers kopieren

## IRC: NickServ als Ersatz-Anmeldung
account-irc-nickserv-fallback = Bei NickServ identifizieren, wenn das Netzwerk kein SASL hat
account-irc-nickserv-fallback-help = Nur für ein Netzwerk ohne SASL. SASL ist sicherer: Es meldet Sie an, bevor Ihr Nick sichtbar ist, und das Passwort geht nur an den Server. Mit NickServ ist Ihr Nick sichtbar, bevor Sie identifiziert sind, und das Passwort geht an jeden, der als NickServ antwortet. Wird nie verwendet, wenn das Netzwerk SASL anbietet.

## IRC: ein Onion-Dienst ohne TLS, nur wenn erlaubt
account-irc-onion-plaintext = Ohne TLS verbinden (nur Onion-Dienste)
account-irc-onion-plaintext-warning = Dieser Onion-Dienst verwendet kein TLS: Tor verschlüsselt die Verbindung zu ihm, aber die Identität des Servers ist nur seine Onion-Adresse. Nur für ein Netzwerk, dessen Onion-Dienst ohne TLS erreichbar ist; Ihr Passwort wird dann über diese Verbindung gesendet.
account-problem-plaintext-not-onion = Eine Verbindung ohne TLS ist nur für einen Onion-Dienst möglich: Der Servername muss auf .onion enden.

## Temporary XMPP accounts (SASL ANONYMOUS)

account-temporary = Temporäres Konto (kein Passwort; bei jeder Verbindung eine neue zufällige Adresse)
account-temporary-help = Für Server, die das erlauben: Der Server gibt Ihnen bei jeder Verbindung eine neue Adresse und vergisst sie samt ihren Kontakten, sobald Sie die Verbindung trennen.
account-temporary-server-placeholder = Server, zum Beispiel example.org
account-temporary-server-tooltip = Der Name eines Servers, der temporäre Konten erlaubt
account-problem-temporary-server = Geben Sie nur den Namen des Servers ein, zum Beispiel example.org.
account-status-online-as = Online als { $address }
error-temporary-not-allowed = Dieser Server erlaubt keine temporären Konten.

## IRCv3: Netsplits und Netjoins, Ablehnungen des Servers, Einladungen im Kanal

room-netsplit = { $count ->
    [one] { $count } Person ist gegangen: Netsplit zwischen { $first } und { $second }
   *[other] { $count } Personen sind gegangen: Netsplit zwischen { $first } und { $second }
}
room-netjoin = { $count ->
    [one] { $count } Person ist zurück
   *[other] { $count } Personen sind zurück
}
server-refused = Der Server hat { $command } abgelehnt: { $description }
room-invited-other = { $by } hat { $nick } eingeladen

## IRC commands in the composer: /whois and /mode

whois-user = { $nick } ist { $mask }
whois-not-found = Den Nick { $nick } verwendet in diesem Netzwerk gerade niemand.
whois-realname = Echter Name: { $name }
whois-account = Angemeldet als { $account }
whois-channels = Kanäle: { $channels }
whois-channels-truncated = Kanäle (die ersten { $count }): { $channels }
whois-server = Server: { $server }
whois-idle = Untätig seit { $seconds } s
whois-away = Abwesend: { $message }
whois-secure = Mit TLS zu seinem Server verbunden
room-modes = Kanalmodi: { $modes }
room-bans-none = In { $room } ist niemand gesperrt.
room-bans-count = Sperren in { $room }: { $count }
room-bans-entry = { $mask }, gesetzt von { $by }
room-bans-truncated = Die Liste ist länger; nur die ersten { $count } werden angezeigt.
room-refused-modes = Der Kanal hat Sie seine Modi nicht ändern lassen: Das können nur seine Operatoren.

## IRC command /raw: one line as typed, after a confirmation

command-raw-control = Eine Zeile für /raw darf keinen Zeilenumbruch und kein NUL enthalten: Sie würde zu zwei Befehlen. Es wurde nichts gesendet.
command-raw-too-long = Eine Zeile für /raw darf höchstens 510 Byte lang sein. Es wurde nichts gesendet.
command-raw-private = /raw sendet keine Nachrichten oder Notices an eine Person: Diese würden die private Unterhaltung (OTR) umgehen. Schreiben Sie stattdessen in der Unterhaltung mit ihr. Es wurde nichts gesendet.
command-raw-prefixed = Eine Zeile für /raw beginnt mit dem Befehl, nicht mit @ oder :. Es wurde nichts gesendet.
raw-confirm-title = Zeilen ungeprüft senden?
raw-confirm-body = /raw sendet genau das, was Sie eingegeben haben, an das IRC-Netzwerk. { -app-name } prüft nicht, was es bewirkt: Ein falscher Befehl kann Ihr Konto oder Ihre Kanäle ändern oder dem Netzwerk mehr verraten, als Sie wollten. Nachrichten an Personen gehen weiterhin nur über die Unterhaltung mit ihnen. Bis Sie das Programm beenden, werden /raw-Zeilen ohne weitere Nachfrage gesendet.
raw-confirm-button = Ungeprüft senden

## IRC: someone changes a channel's modes

room-mode-op-given = { $by } macht { $nick } zum Kanaloperator.
room-mode-op-taken = { $by } entzieht { $nick } den Operatorstatus.
room-mode-voice-given = { $by } lässt { $nick } sprechen (Voice).
room-mode-voice-taken = { $by } verbietet { $nick } das Sprechen (Voice entzogen).
room-mode-ban = { $by } verbannt { $mask }.
room-mode-unban = { $by } hebt den Bann für { $mask } auf.
room-mode-set = { $by } setzt Modus { $modes }
room-mode-set-more = { $by } setzt Modus { $modes } und { $count } weitere
room-mode-by-server = Der Server

## IRC command /who

who-count = { $target }: { $count } Personen
who-none = Niemand passt derzeit in diesem Netzwerk zu { $target }.
who-person = { $nick } ({ $mask }) { $name }
who-person-away = { $nick } ({ $mask }, abwesend) { $name }
who-truncated = Die Liste ist länger; nur die ersten { $count } werden angezeigt.
