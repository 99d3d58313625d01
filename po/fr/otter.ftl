# L'interface d'Otter en français.
# Source : po/en-US/otter.ftl (les consignes aux traducteurs y sont).
# Vocabulaire : po/GLOSSARY.md. Vouvoiement, comme Tails.

## Terms

-app-name = Otter

## The window

window-title = { -app-name }
window-title-conversation = { -app-name } — { $peer }

## Tor status line, at the top of the window

tor-status-checking = Vérification du fonctionnement de Tor…
tor-status-ready = Connecté à Tor. Chaque connexion passe par Tor, et chaque compte par son propre circuit.
tor-status-not-isolating = Connecté à un proxy SOCKS qui ne sépare pas les comptes : ce n'est peut-être pas Tor.

## Sidebar: accounts and contacts

sidebar-accounts-heading = Comptes
sidebar-contacts-heading = Contacts
sidebar-open-address-placeholder = Discuter avec… (adresse XMPP ou pseudo IRC)
sidebar-open-address-tooltip = Adresse du contact avec qui discuter
sidebar-contact-with-name = { $name } ({ $address })

## One row per account in the sidebar

account-connect-button = Se connecter
account-disconnect-button = Se déconnecter
account-connect-tooltip = Connecter { $address } via Tor
account-status-offline = Hors ligne
account-status-connecting = Connexion via Tor…
account-status-online = En ligne
account-status-failed = Non connecté : { $reason }

## Importing from Pidgin

pidgin-import-button = Importer depuis Pidgin
pidgin-import-button-tooltip = Reprendre vos comptes, contacts, salons de discussion et clés OTR de Pidgin depuis { $directory }
pidgin-import-dialog-title = Importer depuis Pidgin
pidgin-import-dialog-body = Otter va reprendre vos comptes, contacts, salons de discussion, clés OTR et contacts vérifiés. Pidgin a peut-être aussi enregistré des mots de passe : ne les reprenez que si le stockage de cet ordinateur est chiffré (dans Tails : le stockage persistant). L'historique des conversations de Pidgin n'est pas copié : Otter ne garde aucun historique, sauf si vous le demandez.
pidgin-import-without-passwords = Importer sans les mots de passe
pidgin-import-with-passwords = Importer avec les mots de passe
pidgin-imported =
    Importé depuis Pidgin : { $accounts ->
        [one] { $accounts } compte
       *[other] { $accounts } comptes
    } (déjà dans Otter : { $skipped }), { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    }, { $rooms ->
        [one] { $rooms } salon
       *[other] { $rooms } salons
    }.

## Dialog buttons shared by several dialogs

dialog-cancel = Annuler

## The conversation pane

conversation-none-open = Aucune conversation ouverte
conversation-title = Conversation avec { $peer }
conversation-start-private-button = Commencer une conversation privée
conversation-end-private-button = Terminer la conversation privée
conversation-verify-button = Vérifier le contact
conversation-verify-button-tooltip = Assurez-vous de parler à la bonne personne : posez une question à laquelle elle seule peut répondre, ou vérifiez un secret convenu ensemble
conversation-key-changed = Attention : { $peer } utilise une clé différente de celle que vous avez vérifiée. Il peut s'agir d'un nouvel appareil, ou de quelqu'un d'autre. Vérifiez à nouveau votre contact avant de dire quoi que ce soit de confidentiel.

## What is private: the line above the messages. It must never say more than is true.

privacy-not-private = Non privée : les messages de cette conversation ne sont pas chiffrés de bout en bout. Le serveur peut les lire.
privacy-private-unverified = Privée mais non vérifiée : les messages sont chiffrés (OTR), mais vous n'avez pas vérifié l'identité de votre contact.
privacy-private-verified = Privée et vérifiée : les messages sont chiffrés (OTR) et vous avez vérifié votre contact.
privacy-finished = Votre contact a terminé la conversation privée. Rien de ce que vous tapez n'est envoyé tant que vous ne l'avez pas terminée à votre tour ou commencé une nouvelle.
privacy-compromised = Danger : vous avez marqué la clé de votre contact comme compromise. Rien de ce que vous tapez n'est envoyé. Terminez cette conversation et vérifiez à nouveau votre contact.

## Writing a message, under the conversation

compose-placeholder = Message
compose-tooltip = Écrivez un message
compose-send-button = Envoyer

## Messages in a conversation

message-received = { $peer } : { $text }
message-own = moi : { $text }
message-own-waiting = moi : { $text } (en attente d'une conversation privée)
message-own-held-ended = moi : { $text } (non envoyé : votre contact a terminé la conversation privée)
message-own-held-compromised = moi : { $text } (non envoyé : la clé de votre contact est marquée comme compromise)
message-own-held-offline = moi : { $text } (non envoyé : le compte est hors ligne)
message-own-failed = moi : { $text } (non envoyé)
message-own-discarded = moi : { $text } (abandonné, non envoyé)

## How a message travelled: the tooltip of every message

security-encrypted-verified = Privé : chiffré, et vous avez vérifié votre contact
security-encrypted-unverified = Privé mais non vérifié : chiffré, votre contact n'est pas encore vérifié
security-not-encrypted = Non privé : le serveur peut lire ce message

## Verifying a contact (the Socialist Millionaires' Protocol of OTR)

verify-dialog-title = Vérifier votre contact
verify-dialog-verify-button = Vérifier
verify-dialog-explanation = Posez une question à laquelle seul votre contact peut répondre, ou laissez la question vide pour vérifier un secret convenu en personne. Personne d'autre n'apprend la réponse, pas même le serveur.
verify-question-placeholder = Question (facultative)
verify-question-tooltip = Question pour votre contact
verify-secret-placeholder = Réponse attendue ou secret partagé
verify-secret-tooltip = Réponse attendue ou secret partagé
verify-fingerprints-explanation = Ou comparez les empreintes : lisez-les-vous mutuellement par un moyen de confiance (en personne ou par téléphone). Si l'empreinte de votre contact correspond à ce qu'il vous lit, appuyez sur « Elles correspondent ».
verify-own-fingerprint = Votre empreinte : { $fingerprint }
verify-contact-fingerprint = Empreinte de votre contact : { $fingerprint }
verify-fingerprint-matches-button = Elles correspondent
verify-fingerprint-compromised-button = La clé est compromise
verification-request-question = { $peer } vous demande une vérification : { $question }
verification-request-secret = { $peer } vous demande une vérification avec le secret que vous avez convenu.
verification-answer-placeholder = Votre réponse
verification-answer-tooltip = Votre réponse à la question de vérification
verification-answer-button = Répondre
verification-succeeded = Vérification réussie : votre contact a donné la même réponse.
verification-failed = Échec de la vérification : les réponses diffèrent, ou la vérification a été interrompue. Vous parlez peut-être à quelqu'un d'autre.

## The server's certificate: a warning that may mean someone is intercepting

certificate-changed-title = Le certificat du serveur a changé
certificate-untrusted-title = Le certificat du serveur n'est pas digne de confiance
certificate-changed-explanation = Ce serveur a présenté un certificat différent de celui que vous aviez accepté. Quelqu'un intercepte peut-être la connexion. Ne vous connectez pas, sauf si les administrateurs du serveur vous ont annoncé que le certificat avait changé.
certificate-details =
    { $explanation }

    Empreinte (SHA-256) :
    { $fingerprint }

    Délivré à : { $subject }
    Délivré par : { $issuer }
    Valide jusqu'au : { $expiry }
certificate-do-not-connect = Ne pas se connecter
certificate-trust-button = Faire confiance à ce certificat

## Errors: one sentence each, for someone who is not a computer expert

error-tor-unavailable = Tor ne fonctionne pas, ou ne répond pas comme Tor le devrait : Otter ne peut donc pas se connecter. Otter ne se connecte jamais sans Tor. Lancez Tor (dans Tails : connectez-vous à Tor) et réessayez.
error-server-unreachable = Tor n'a pas pu joindre le serveur. L'adresse est peut-être incorrecte, ou le serveur est peut-être en panne. Réessayez plus tard.
error-certificate-untrusted = Le certificat du serveur n'est pas digne de confiance. Quelqu'un intercepte peut-être la connexion, ou le serveur utilise un certificat que votre ordinateur ne connaît pas.
error-authentication-failed = Le serveur a refusé la connexion. Vérifiez l'adresse et le mot de passe.
error-peer-misbehaved = Le serveur ou le contact a envoyé quelque chose qu'Otter n'accepte pas : Otter a donc arrêté cette connexion.
error-limit-exceeded = Le serveur ou le contact a envoyé plus de données qu'Otter n'en accepte d'un coup : Otter a donc arrêté cette connexion.
error-private-session-required = Ce message attend une conversation privée.
error-storage-failed = Otter n'a pas pu lire ou enregistrer ses paramètres sur cet ordinateur.
error-timed-out = Cela a pris trop de temps. Tor est peut-être encore en train de démarrer, ou le réseau est lent. Réessayez dans un instant.
error-internal = Une erreur interne s'est produite dans Otter. Veuillez la signaler aux développeurs.

## Keeping a conversation on this computer (off unless the user turns it on)

history-keep-check = Conserver cette conversation
history-keep-tooltip = Enregistre désormais les messages de cette conversation dans votre dossier Otter. Les messages privés (chiffrés) ne sont pas enregistrés. Désactivé par défaut : rien n'est enregistré tant que vous ne l'activez pas.
history-delete-button = Supprimer les messages enregistrés
history-delete-tooltip = Supprimer tous les messages de cette conversation enregistrés sur cet ordinateur
history-deleted = Messages enregistrés supprimés.

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
