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
privacy-device = Conversation privée avec l'appareil « { $device } » de votre contact. Seul cet appareil peut lire vos messages.

key-generation-started = Création de votre clé privée pour { $account }… Les conversations privées de ce compte commenceront dès qu'elle sera prête.
key-generation-finished = Votre clé privée pour { $account } est prête.
key-generation-failed = Impossible de créer votre clé privée pour { $account } : aucune conversation privée ne peut commencer. Les messages en attente ne sont pas envoyés ; une nouvelle tentative aura lieu à la prochaine conversation privée.

## Writing a message, under the conversation

compose-placeholder = Message
compose-tooltip = Écrivez un message
compose-send-button = Envoyer

## Messages in a conversation

message-received = { $peer } : { $text }
message-received-not-private = Attention : { $peer } a envoyé le message ci-dessus sans chiffrement, alors que cette conversation devrait être privée. Il n'était pas privé : le serveur pouvait le lire.
message-own = moi : { $text }
message-own-waiting = moi : { $text } (en attente d'une conversation privée)
message-own-held-ended = moi : { $text } (non envoyé : votre contact a terminé la conversation privée)
message-own-held-compromised = moi : { $text } (non envoyé : la clé de votre contact est marquée comme compromise)
message-own-held-offline = moi : { $text } (non envoyé : le compte est hors ligne)
message-own-failed = moi : { $text } (non envoyé)
message-own-discarded = moi : { $text } (abandonné, non envoyé)

## The conversation pane: days, delivery, failed messages, clearing the window

day-today = Aujourd'hui
day-yesterday = Hier
delivery-waiting = En attente
delivery-waiting-tooltip = Pas encore envoyé : il partira dès que possible (par exemple, une fois la conversation privée).
delivery-sent = Envoyé
delivery-sent-tooltip = Envoyé : il a quitté cet ordinateur.
delivery-delivered = Remis
delivery-delivered-tooltip = Remis : l'appareil de votre contact l'a reçu.
delivery-failed = Non envoyé
delivery-failed-tooltip = Non envoyé. « Réessayer » l'envoie de nouveau ; « Abandonner » le retire.
message-retry-button = Réessayer
message-retry-tooltip = Envoyer ce message de nouveau
message-discard-button = Abandonner
message-discard-tooltip = Retirer ce message : il n'a pas été envoyé
conversation-menu-button = Plus
conversation-menu-tooltip = Autres actions pour cette conversation
scrollback-clear-button = Vider la fenêtre
scrollback-clear-tooltip = Retire les messages affichés dans cette conversation. Les messages enregistrés sur cet ordinateur ne sont pas supprimés.
scrollback-cleared = Fenêtre vidée. Les messages enregistrés sur cet ordinateur n'ont pas été supprimés.

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

## First run: the welcome, shown while there is no account

welcome-title = Bienvenue dans { -app-name }
welcome-intro = { -app-name } se connecte uniquement via Tor. Ajoutez un compte pour commencer à discuter.
welcome-add-xmpp-button = Ajouter un compte XMPP existant
welcome-add-xmpp-tooltip = Vous avez déjà une adresse XMPP (Jabber) et son mot de passe
welcome-create-xmpp-button = Créer un nouveau compte XMPP
welcome-add-irc-button = Ajouter un réseau IRC
welcome-add-irc-tooltip = Discutez sur OFTC, Libera.Chat ou un autre réseau IRC avec votre pseudo enregistré

## Adding an account

account-dialog-xmpp-title = Ajouter un compte XMPP
account-dialog-irc-title = Ajouter un réseau IRC
account-dialog-add-button = Ajouter le compte
account-address-placeholder = Adresse, par exemple nom@example.org
account-address-tooltip = Votre adresse XMPP
account-nick-placeholder = Votre pseudo enregistré
account-nick-tooltip = Le pseudo que vous avez enregistré sur ce réseau
account-network-tooltip = Réseau IRC
account-network-custom = Autre réseau…
account-network-custom-placeholder = Serveur, par exemple irc.example.org
account-network-custom-tooltip = Le nom du serveur du réseau IRC
account-password-placeholder = Mot de passe
account-password-tooltip = Le mot de passe du compte
account-remember-password = Retenir le mot de passe
account-remember-password-tooltip = Enregistre le mot de passe dans votre dossier Otter, pour ne pas avoir à le retaper. Dans Tails, ne le faites qu'avec le stockage persistant activé. Désactivé : vous le tapez à chaque connexion.
account-advanced = Avancé
account-host-placeholder = Se connecter au serveur (facultatif)
account-host-tooltip = Se connecter à ce serveur plutôt qu'à celui de l'adresse
account-port-placeholder = Port (facultatif)
account-port-tooltip = Numéro de port sur ce serveur
account-advanced-help = Nécessaire seulement si votre fournisseur vous l'a indiqué. Le nom est résolu via Tor ; Tor ne peut pas consulter les enregistrements DNS SRV : si votre fournisseur en utilise un, saisissez ici son serveur et son port.

## Why an account cannot be added yet: shown under the fields as the user types

account-problem-address-empty = Saisissez votre adresse.
account-problem-address-form = Une adresse XMPP ressemble à nom@example.org : un nom, « @ », puis le serveur.
account-problem-address-spaces = Une adresse ne contient pas d'espaces.
account-problem-nick-empty = Saisissez votre pseudo.
account-problem-nick-form = Un pseudo ne contient ni espace ni « @ », et ne commence ni par un chiffre ni par « - ».
account-problem-network-empty = Saisissez le serveur du réseau, par exemple irc.example.org.
account-problem-password-empty = Saisissez le mot de passe.
account-problem-host-form = Le serveur est un nom comme xmpp.example.org, sans espace, « / » ni « : ».
account-problem-port-form = Le port est un nombre de 1 à 65535.
account-problem-irc-password = Saisissez le mot de passe de votre pseudo enregistré : { -app-name } s'en sert pour se connecter.

## Rooms (group chats): never private

sidebar-rooms-heading = Salons
rooms-join-button = Rejoindre un salon…
rooms-join-tooltip = Rejoindre un salon de discussion avec l'un de vos comptes XMPP
room-open-tooltip = Ouvrir ce salon (le rejoint si vous n'y êtes pas)
room-join-dialog-title = Rejoindre un salon
room-join-dialog-button = Rejoindre le salon
room-join-explanation = Rien de ce qui est dit dans un salon n'est privé : tous ceux qui s'y trouvent, ainsi que le serveur, lisent chaque message.
room-account-tooltip = Le compte avec lequel rejoindre
room-address-placeholder = Adresse du salon, par exemple { $example }
room-address-tooltip = L'adresse du salon
room-nick-placeholder = Votre pseudo dans le salon
room-nick-tooltip = Le nom que voient les autres dans le salon
room-password-placeholder = Mot de passe du salon (seulement s'il en a un)
room-password-tooltip = Le mot de passe du salon, s'il en a un
room-bookmark-check = Enregistrer dans mes salons
room-autojoin-check = Rejoindre automatiquement à la connexion
room-problem-address = L'adresse d'un salon ressemble à nom@conference.example.org : un nom, « @ », puis le serveur.
room-problem-nick = Saisissez le pseudo que vous voulez utiliser dans le salon.
room-not-private-banner = Non privé : tous ceux qui sont dans ce salon, ainsi que le serveur, peuvent lire chaque message. Les conversations privées (OTR) sont impossibles dans les salons.
room-warning-address-visible = Tous ceux qui sont dans ce salon peuvent voir votre véritable adresse.
room-warning-logged = Ce salon est archivé publiquement : ce que vous dites peut être publié.
room-warning-created = Vous avez créé ce salon.
room-warning-nick-changed = Le salon vous a donné un autre pseudo : { $nick }
room-joined-as = Vous êtes dans ce salon sous le pseudo { $nick }.
room-joining = Connexion au salon…
room-topic = Sujet : { $topic }
room-topic-none = Pas de sujet
room-topic-set = { $nick } a défini le sujet : { $topic }
room-occupants-count = { $count ->
    [one] { $count } personne présente
   *[other] { $count } personnes présentes
}
room-occupants-tooltip = Personnes dans ce salon
room-occupant-moderator = { $nick } (modérateur)
room-occupant-participant = { $nick }
room-occupant-visitor = { $nick } (lecture seule)
room-message = { $nick } : { $text }
room-message-history = { $nick } (plus tôt) : { $text }
room-message-from-room = Le salon indique : { $text }
room-occupant-joined = { $nick } a rejoint le salon
room-occupant-left = { $nick } a quitté le salon
room-occupant-renamed = { $from } s'appelle maintenant { $to }
room-leave-button = Quitter le salon
room-leave-tooltip = Quitter ce salon ; vous pourrez le rejoindre plus tard
room-compose-tooltip = Écrivez un message à tout le salon
room-left-left = Vous avez quitté le salon.
room-left-kicked = Un modérateur vous a exclu du salon.
room-left-banned = L'accès à ce salon vous est interdit.
room-left-removed = Vous n'avez plus le droit d'être dans ce salon.
room-left-shutdown = Le serveur du salon s'est arrêté.
room-left-destroyed = Le salon a été fermé.
room-left-too-many = Ce salon compte plus de personnes que { -app-name } ne peut en suivre : { -app-name } l'a donc quitté.
room-left-disconnected = Vous n'êtes plus dans le salon : le compte s'est déconnecté.
room-error-nick-in-use = Quelqu'un dans ce salon utilise déjà ce pseudo. Choisissez-en un autre.
room-error-password = Ce salon demande un mot de passe, ou le mot de passe était incorrect.
room-error-banned = L'accès à ce salon vous est interdit.
room-error-not-found = Il n'y a pas de salon à cette adresse.
room-error-members-only = Seuls les membres peuvent rejoindre ce salon.
room-error-full = Ce salon est complet.
room-error-creation-refused = Le serveur ne vous permet pas de créer ce salon.
room-error-nick-refused = Le salon n'accepte pas ce pseudo. Choisissez-en un autre.
room-error-message-refused = Le salon n'a pas accepté votre message : vous n'avez peut-être pas le droit d'y parler.
room-error-other = Le salon a refusé : { $condition }
room-problem = { $room } : { $error }
room-topic-button = Changer le sujet…
room-topic-button-tooltip = Donner à ce salon un autre sujet, que tout le monde y voit
room-topic-dialog-title = Sujet de { $room }
room-topic-entry = Nouveau sujet (vide : aucun sujet)
room-topic-entry-tooltip = Le sujet que tout le monde voit dans le salon
room-topic-dialog-button = Définir le sujet
room-nick-button = Changer de pseudo…
room-nick-button-tooltip = Apparaître sous un autre pseudo dans ce salon
room-nick-dialog-title = Votre pseudo dans { $room }
room-nick-irc-explanation = Sur IRC, votre pseudo vaut pour tout le réseau : il change dans tous les canaux de ce compte.
room-nick-dialog-button = Utiliser ce pseudo
room-invite-button = Inviter…
room-invite-button-tooltip = Inviter quelqu'un dans ce salon
room-invite-dialog-title = Inviter quelqu'un dans { $room }
room-invite-address = Son adresse, par exemple nom@example.org
room-invite-address-tooltip = L'adresse de la personne à inviter
room-reason-entry = Raison (facultative)
room-invite-reason-tooltip = Quelques mots envoyés avec l'invitation
room-invite-dialog-button = Envoyer l'invitation
room-invite-problem-address = Une adresse ressemble à nom@example.org : un nom, « @ », puis le serveur.
room-invite-sent = Invitation envoyée à { $address }.
room-occupant-actions = Actions pour { $nick }
room-action-kick = Exclure du salon
room-action-ban = Bannir du salon
room-action-grant-voice = Donner la parole
room-action-revoke-voice = Retirer la parole
room-action-grant-moderator = Nommer modérateur
room-action-revoke-moderator = Retirer la modération
room-kick-dialog-title = Exclure { $nick } du salon ?
room-kick-explanation = Cette personne pourra revenir. Tout le monde dans le salon verra que vous l'avez exclue, avec votre raison.
room-kick-button = Exclure
room-ban-dialog-title = Bannir { $nick } du salon ?
room-ban-explanation = Cette personne ne pourra pas revenir tant qu'un administrateur n'aura pas levé le bannissement. Tout le monde dans le salon verra que vous l'avez bannie, avec votre raison.
room-ban-button = Bannir
room-moderation-reason-tooltip = Pourquoi : tout le monde dans le salon le voit
room-occupant-now-moderator = { $nick } est maintenant modérateur.
room-occupant-now-participant = { $nick } peut parler.
room-occupant-now-visitor = { $nick } ne peut plus que lire.
room-occupant-kicked = { $nick } a été exclu du salon.
room-occupant-banned = { $nick } a été banni du salon.
room-refused-configure = Le salon n'a pas accepté ses réglages par défaut : il reste fermé aux autres.
room-refused-kick = Le salon ne vous a pas laissé exclure cette personne.
room-refused-ban = Le salon ne vous a pas laissé bannir cette personne.
room-refused-voice = Le salon ne vous a pas laissé changer qui peut parler.
room-refused-moderator = Le salon ne vous a pas laissé changer qui modère.
room-refused-invite = Le salon n'a pas transmis votre invitation.
room-refused-destroy = Le salon ne vous a pas laissé le fermer.
room-refused-subject = Le salon ne vous a pas laissé changer le sujet.
room-refused-configuration = Le salon ne vous a pas laissé voir ou modifier ses réglages.
room-refused-rights = Vous n'en avez pas le droit ici.
room-refused-later = Réessayez dans un instant.
room-refused-condition = Le salon a répondu : { $condition }
rooms-channels-button = Canaux IRC…
rooms-channels-tooltip = Chercher parmi les canaux d'un réseau IRC auquel vous êtes connecté, et en rejoindre un
room-channels-dialog-title = Canaux IRC
room-channels-explanation = Rien de ce qui est dit dans un canal n'est privé : tout le monde dans le canal, et le réseau, lit chaque message.
room-channels-network-tooltip = Le réseau IRC où chercher
room-channels-search-placeholder = Une partie du nom d'un canal (vide : tous)
room-channels-search-tooltip = Chercher les canaux du réseau par leur nom
room-channels-search-button = Chercher
room-channels-no-network = Connectez d'abord un réseau IRC : ses canaux sont listés par son intermédiaire.
room-channels-searching = Question posée au réseau…
room-channels-count = { $count ->
    [one] Un canal trouvé.
   *[other] { $count } canaux trouvés.
}
room-channels-truncated = Plus de canaux correspondent qu'il n'est possible d'en afficher ; voici les { $count } premiers. Tapez davantage du nom pour affiner la recherche.
room-channels-row = { $room } ({ $people ->
    [one] une personne
   *[other] { $people } personnes
}) : { $topic }
room-channels-join-button = Rejoindre
room-channels-join = Rejoindre { $room }

## Preferences (Ctrl+comma)

prefs-title = Préférences
prefs-button = Préférences
prefs-button-tooltip = Réglages de confidentialité et conversations enregistrées
prefs-require-private = Exiger des conversations privées avec tout le monde
prefs-require-private-explanation = Si activé, aucun message à un contact ne part sans chiffrement : il attend que la conversation privée (OTR) soit établie. Les salons ne sont jamais privés et ce réglage ne les change pas.
prefs-require-private-unknown = Indéterminé : cette fenêtre ne sait pas si vous aviez activé ce réglage lors d'une session précédente. Choisissez activé ou désactivé.
prefs-delete-all-button = Supprimer toutes les conversations enregistrées
prefs-delete-all-tooltip = Supprimer tous les messages enregistrés sur cet ordinateur, de toutes les conversations
prefs-delete-all-confirm-title = Supprimer toutes les conversations enregistrées ?
prefs-delete-all-confirm-body = Tous les messages enregistrés sur cet ordinateur seront supprimés. Cette action est irréversible.
prefs-delete-all-confirm-button = Tout supprimer
prefs-language = Langue
prefs-language-system = Celle du système
prefs-language-next-start = { -app-name } utilisera cette langue à son prochain démarrage.
dialog-close = Fermer

## A profile Otter cannot open

profile-problem-title = Otter ne peut pas ouvrir vos paramètres
profile-damaged-explanation = Le fichier de { $folder } où Otter conserve vos comptes, vos contacts et les clés auxquelles vous faites confiance est endommagé.
profile-newer-explanation = Le fichier de { $folder } où Otter conserve vos comptes, vos contacts et les clés auxquelles vous faites confiance a été écrit par une version plus récente d'Otter, que cette version ne sait pas lire.
profile-set-aside-explanation = Otter peut le déplacer, avec vos clés privées et l'historique éventuellement conservé, dans un nouveau dossier à l'intérieur de celui-ci, et démarrer sans compte. Rien n'est supprimé.
profile-set-aside-button = Le déplacer et démarrer sans compte
profile-quit-button = Quitter

## Unread messages and notifications

sidebar-contact-unread = { $name }, { $count ->
    [one] { $count } message non lu
   *[other] { $count } messages non lus
}
notification-new-message = Nouveau message
notification-new-message-from = Nouveau message de { $name }
prefs-notify-sender = Indiquer qui a écrit dans les notifications
prefs-notify-sender-explanation = Si désactivé, une notification dit seulement « Nouveau message » : personne qui voit votre écran n'apprend qui a écrit. Le message lui-même n'apparaît jamais dans une notification.

## Links in messages: asked before anything opens outside Otter

link-open-title = Ouvrir ce lien en dehors d'Otter ?
link-open-body = { $address } s'ouvrira dans votre navigateur web, en dehors d'Otter. Le navigateur peut ne pas passer par Tor, et le site saura que quelqu'un a ouvert le lien.
link-open-button = Ouvrir le lien

## Creating an XMPP account on its server (in-band registration)

welcome-create-xmpp-tooltip = Créer un nouveau compte sur un serveur XMPP, via Tor
account-dialog-create-title = Créer un compte XMPP
account-dialog-create-button = Créer le compte
account-random-name-button = Nom au hasard
account-random-name-tooltip = Remplit un nom inventé qui ne dit rien de vous, pour un compte jetable
account-password-repeat-placeholder = Mot de passe à nouveau
account-password-repeat-tooltip = Retapez le mot de passe, pour en être sûr
account-problem-password-mismatch = Les deux mots de passe diffèrent.
registration-started = Création de { $address } sur son serveur via Tor…
registration-succeeded = { $address } a été créé et ajouté.
registration-name-taken = Ce nom est déjà pris sur ce serveur : choisissez-en un autre.
registration-not-acceptable = Le serveur n'accepte pas ce nom ou ce mot de passe.
registration-closed = Ce serveur ne permet pas de créer un compte d'ici. Créez-le sur le site web du serveur (dans le Navigateur Tor), puis ajoutez-le.
registration-too-many = Trop de comptes ont été créés récemment depuis cette sortie Tor. Réessayez plus tard.
registration-cannot-show-form = Le serveur demande quelque chose qu'Otter ne peut pas afficher (comme une image à déchiffrer). Créez le compte sur le site web du serveur (dans le Navigateur Tor), puis ajoutez-le.
registration-not-saved = Le compte a été créé, mais Otter n'a pas pu l'enregistrer : ajoutez-le avec « Ajouter un compte XMPP existant ».
registration-failed = Impossible de créer { $address } : { $reason }

## Presence and requests

sidebar-status-label = Votre statut
presence-available = Disponible
presence-away = Absent
presence-busy = Occupé
presence-offline = Hors ligne
contact-request = { $peer } demande à vous ajouter comme contact et à voir quand vous êtes en ligne.
contact-request-accept = Accepter
contact-request-refuse = Refuser
room-invitation = { $from } vous invite dans le salon { $room }.
room-invitation-unknown = Vous êtes invité dans le salon { $room }.
room-invitation-join = Rejoindre
room-invitation-ignore = Ignorer

## The password prompt

password-prompt-title = Mot de passe de { $address }
password-prompt-body = Saisissez le mot de passe de { $address }. Otter ne le garde que jusqu'à sa fermeture ; il n'est pas enregistré.

## Verification under way

verification-in-progress = Vérification de votre contact…
verification-stop-button = Arrêter la vérification

## How far a sent message got

message-state-server = { $security } Le serveur l'a reçu.
message-state-delivered = { $security } Remis à l'appareil de votre contact.
message-own-elsewhere = moi, depuis un autre appareil : { $text }

## Les commandes de la zone de saisie (une ligne qui commence par « / »)

command-unknown = { $command } n’est pas une commande connue d’Otter. Rien n’a été envoyé. Pour envoyer une ligne qui commence par « / », commencez-la par « // ».
command-unsupported = { $command } n’est pas encore disponible ici. Rien n’a été envoyé.
command-incomplete = Il manque des mots à { $command }, par exemple : { $example }. Rien n’a été envoyé.
command-room-only = { $command } ne fonctionne que dans un salon. Rien n’a été envoyé.

## Notifications de saisie

typing-notice = { $peer } est en train d’écrire…
prefs-share-typing = Partager les notifications de saisie
prefs-send-receipts = Envoyer des accusés de réception
prefs-activity-explanation = Les notifications de saisie indiquent à vos contacts quand vous leur écrivez ; les accusés de réception, quand leurs messages sont arrivés sur cet ordinateur. Les deux montrent quand vous êtes au clavier. Désactivés tant que vous ne les activez pas. Les salons ne les reçoivent jamais.

## Le sélecteur rapide (Ctrl+K)

switcher-title = Aller à une conversation
switcher-search-placeholder = Nom ou adresse
switcher-search-tooltip = Tapez une partie du nom ou de l’adresse d’un contact, d’un salon ou d’un canal, puis appuyez sur Entrée
switcher-row = { $name } ({ $address })
switcher-nothing = Aucun résultat.

## Modifier un compte

account-edit-button = Modifier
account-edit-tooltip = Changer le serveur, le port, le chiffrement ou le mot de passe enregistré de { $address }
account-edit-title = Modifier { $address }
account-edit-save = Enregistrer les modifications
account-direct-tls = Utiliser TLS dès le début (TLS direct)
account-direct-tls-tooltip = Seulement si votre fournisseur propose XMPP sur un port TLS, en général 5223. Sinon Otter démarre TLS sur le port habituel (STARTTLS). Dans les deux cas, la connexion est chiffrée.
account-edit-password-remembered = Otter enregistre le mot de passe de ce compte.
account-edit-password-not-remembered = Otter n’enregistre pas le mot de passe de ce compte ; il le demande à chaque démarrage.
account-edit-password-keep = Ne rien changer
account-edit-password-forget = Oublier le mot de passe
account-edit-password-remember = Enregistrer un mot de passe
account-edit-password-tooltip = Le mot de passe à enregistrer pour ce compte

## Copy buttons and an IRC account's client certificate

copy-button = Copier
copy-done = Copié
verify-copy-own-tooltip = Copier votre empreinte
verify-copy-contact-tooltip = Copier l'empreinte de votre contact
client-certificate-button = Certificat client…
client-certificate-button-tooltip = Se connecter à ce réseau avec un certificat plutôt qu'avec votre mot de passe
client-certificate-title = Certificat client de { $address }
client-certificate-explanation = Otter a créé un certificat pour ce compte et le conserve avec vos réglages. Enregistrez-le une fois auprès des services du réseau, pendant que vous êtes connecté avec votre mot de passe : envoyez-leur la commande ci-dessous (collez-la dans n'importe quelle conversation de ce réseau).
client-certificate-fingerprint = Empreinte (SHA-256) : { $fingerprint }
client-certificate-command = Commande : { $command }
client-certificate-copy-fingerprint = Copier l'empreinte du certificat
client-certificate-copy-command = Copier la commande
client-certificate-after = À partir de la prochaine connexion, Otter se connecte avec le certificat (SASL EXTERNAL) et n'a plus besoin d'envoyer votre mot de passe. Quiconque possède une copie du dossier de réglages d'Otter peut se connecter à votre place : protégez-le comme votre mot de passe.

## Groupes de contacts

contacts-group-none = Autres contacts
contact-group-menu = Déplacer vers un groupe…
contact-group-menu-tooltip = Placer ce contact dans un groupe de votre liste de contacts
contact-group-title = Déplacer vers un groupe
contact-group-explanation = Choisissez un groupe pour { $name } : tapez son nom ou choisissez l'un de vos groupes ci-dessous. Laissez vide pour aucun groupe. Vos autres applications XMPP affichent les mêmes groupes.
contact-group-label = Groupe
contact-group-placeholder = Aucun groupe
contact-group-tooltip = Le nom du groupe, nouveau ou existant
contact-group-known = Vos groupes
contact-group-move = Déplacer
contact-group-not-listed = Seuls les contacts de la liste de contacts d'un compte XMPP peuvent être placés dans un groupe.

## The proxy (preferences)

prefs-proxy-expander = Proxy (avancé)
prefs-proxy-explanation = Otter se connecte uniquement par le port SOCKS de Tor. Sauf si vous le changez ici, c'est 127.0.0.1:9050, où écoute le Tor de Tails ; le Tor propre au Navigateur Tor écoute sur 127.0.0.1:9150. Indiquez une adresse IP et un port : Otter ne résout jamais un nom en dehors de Tor.
prefs-proxy-in-use = Otter se connecte par { $address }.
prefs-proxy-fixed = Pour cette exécution, Otter se connecte par { $address }, indiqué à son démarrage. Un proxy enregistré ici s'applique à partir du prochain démarrage sans cette indication.
prefs-proxy-placeholder = 127.0.0.1:9050
prefs-proxy-tooltip = Adresse IP et port du proxy SOCKS5 (Tor)
prefs-proxy-use-button = Utiliser ce proxy
prefs-proxy-default-button = Revenir à 127.0.0.1:9050
prefs-proxy-invalid = Indiquez une adresse IP et un port, par exemple 127.0.0.1:9150.
prefs-proxy-reconnect = Les comptes connectés maintenant gardent leur connexion jusqu'à leur reconnexion.

## Room settings (the room's configuration form) and destroying a room

room-create-heading = Si cela crée un nouveau salon :
room-create-defaults = Accepter la configuration par défaut
room-create-defaults-tooltip = Le nouveau salon ouvre tout de suite avec les réglages habituels du serveur
room-create-configure = Configurer le salon…
room-create-configure-tooltip = Otter affiche d’abord les réglages du nouveau salon ; personne d’autre ne peut entrer avant que vous les enregistriez
room-settings-button = Réglages du salon…
room-settings-button-tooltip = Voir et modifier les réglages de ce salon (il vous appartient)
room-form-title = Réglages de { $room }
room-form-save = Enregistrer les réglages
room-form-new-room = Ce salon est nouveau : personne d’autre ne peut entrer avant que vous enregistriez ses réglages. Annuler supprime le salon.
room-form-required = (obligatoire)
room-form-not-set = Non défini
room-form-left-out = Réglages non affichés ici : { $count }. Ils gardent leur valeur.
room-form-problem-required = À remplir : { $name }
room-form-problem-address = Ce n’est pas une adresse (nom@serveur, une par ligne) : { $name }
room-form-saved = Le salon a pris ses nouveaux réglages.
room-destroy-tool-button = Détruire le salon…
room-destroy-tool-tooltip = Faire sortir tout le monde de ce salon et le supprimer (il vous appartient)
room-destroy-dialog-title = Détruire { $room } ?
room-destroy-explanation = Tout le monde est retiré du salon et le salon disparaît : son nom redevient libre pour n’importe qui. C’est définitif.
room-destroy-reason-tooltip = Pourquoi : tout le monde dans le salon le voit en étant retiré
room-destroy-button = Détruire le salon
room-left-destroyed-moved = Le salon a été fermé. Ses participants ont été invités à aller plutôt dans { $room }.

## IRC in the window: networks without a password, channels by name, invitations
account-irc-no-password = Sans mot de passe : { -app-name } se connecte avec le seul pseudo, sans s'identifier
account-irc-no-password-tooltip = Pour un réseau sans comptes, ou un pseudo que vous n'avez jamais enregistré. Un pseudo qui s'est déjà identifié n'est jamais utilisé sans son mot de passe.
room-join-connect-first = Connectez d'abord un compte XMPP ou un réseau IRC : c'est par lui qu'on rejoint salons et canaux.
room-channel-placeholder = Canal, par exemple #otter
room-channel-tooltip = Le nom du canal sur ce réseau, commençant par #
room-key-placeholder = Clé du canal (seulement s'il en a une)
room-key-tooltip = La clé du canal, s'il en a une
room-problem-channel = Le nom d'un canal commence par # (ou &), sans espace ni virgule, par exemple #otter.
room-invite-nick = Son pseudo
room-invite-nick-tooltip = Le pseudo de la personne à inviter
room-invite-problem-nick = Saisissez son pseudo : sans espace, et sans chiffre ni # au début.
error-irc-login-needed = Ce pseudo s'est déjà identifié, donc { -app-name } ne le connecte qu'avec son mot de passe.

## The join dialog: the account's room service

room-service-line = Salons sur ce serveur : { $service }
room-service-copy-tooltip = Copier l'adresse du service de salons de ce serveur

## IRC : NickServ comme connexion de repli
account-irc-nickserv-fallback = S'identifier auprès de NickServ si le réseau n'a pas SASL
account-irc-nickserv-fallback-help = Seulement pour un réseau sans SASL. SASL est plus sûr : il vous connecte avant que votre pseudo soit visible, et le mot de passe ne va qu'au serveur. Avec NickServ, votre pseudo est visible avant que vous soyez identifié, et le mot de passe va à quiconque répond sous le nom de NickServ. Jamais utilisé quand le réseau propose SASL.

## IRC : un service oignon sans TLS, seulement si autorisé
account-irc-onion-plaintext = Se connecter sans TLS (services oignon uniquement)
account-irc-onion-plaintext-warning = Ce service oignon n'utilise pas TLS : Tor chiffre la connexion jusqu'à lui, mais l'identité du serveur n'est que son adresse .onion. Seulement pour un réseau dont le service oignon écoute sans TLS ; votre mot de passe passe alors par cette connexion.
account-problem-plaintext-not-onion = Une connexion sans TLS n'est possible que vers un service oignon : le nom du serveur doit se terminer par .onion.

## Temporary XMPP accounts (SASL ANONYMOUS)

account-temporary = Compte temporaire (sans mot de passe ; une nouvelle adresse aléatoire à chaque connexion)
account-temporary-help = Pour les serveurs qui le permettent : le serveur vous donne une nouvelle adresse à chaque connexion et l'oublie, avec ses contacts, quand vous vous déconnectez.
account-temporary-server-placeholder = Serveur, par exemple example.org
account-temporary-server-tooltip = Le nom d'un serveur qui accepte les comptes temporaires
account-problem-temporary-server = Saisissez seulement le nom du serveur, par exemple example.org.
account-status-online-as = En ligne en tant que { $address }
error-temporary-not-allowed = Ce serveur n'accepte pas les comptes temporaires.

## IRCv3 : netsplits et netjoins, refus du serveur, invitations vues dans un canal

room-netsplit = { $count ->
    [one] { $count } personne est partie : netsplit entre { $first } et { $second }
   *[other] { $count } personnes sont parties : netsplit entre { $first } et { $second }
}
room-netjoin = { $count ->
    [one] { $count } personne est revenue
   *[other] { $count } personnes sont revenues
}
server-refused = Le serveur a refusé { $command } : { $description }
room-invited-other = { $by } a invité { $nick }

## IRC commands in the composer: /whois and /mode

whois-user = { $nick } est { $mask }
whois-not-found = Personne n'utilise le pseudo { $nick } sur ce réseau en ce moment.
whois-realname = Nom réel : { $name }
whois-account = Connecté en tant que { $account }
whois-channels = Canaux : { $channels }
whois-channels-truncated = Canaux (les { $count } premiers) : { $channels }
whois-server = Serveur : { $server }
whois-idle = Inactif depuis { $seconds } s
whois-away = Absent : { $message }
whois-secure = Connecté à son serveur avec TLS
room-modes = Modes du canal : { $modes }
room-bans-none = Personne n'est banni de { $room }.
room-bans-count = Bannissements dans { $room } : { $count }
room-bans-entry = { $mask }, posé par { $by }
room-bans-truncated = La liste est plus longue ; seuls les { $count } premiers sont affichés.
room-refused-modes = Le canal ne vous a pas laissé changer ses modes : seuls ses opérateurs le peuvent.

## IRC command /raw: one line as typed, after a confirmation

command-raw-control = Une ligne pour /raw ne peut contenir ni saut de ligne ni NUL : elle deviendrait deux commandes. Rien n'a été envoyé.
command-raw-too-long = Une ligne pour /raw fait au plus 510 octets. Rien n'a été envoyé.
command-raw-private = /raw n'envoie pas de messages ni de notices à une personne : ils contourneraient la conversation privée (OTR). Écrivez plutôt dans votre conversation avec elle. Rien n'a été envoyé.
command-raw-prefixed = Une ligne pour /raw commence par la commande, pas par @ ni :. Rien n'a été envoyé.
raw-confirm-title = Envoyer des lignes sans vérification ?
raw-confirm-body = /raw envoie au réseau IRC exactement ce que vous avez tapé. { -app-name } ne vérifie pas ce que cela fait : une commande erronée peut modifier votre compte ou vos canaux, ou en dire au réseau plus que vous ne le vouliez. Les messages aux personnes passent toujours uniquement par leur conversation. Jusqu'à ce que vous quittiez, les lignes /raw sont envoyées sans redemander.
raw-confirm-button = Envoyer sans vérifier

## IRC: someone changes a channel's modes

room-mode-op-given = { $by } fait de { $nick } un opérateur du canal.
room-mode-op-taken = { $by } retire à { $nick } le statut d’opérateur du canal.
room-mode-voice-given = { $by } donne la parole à { $nick } (voice).
room-mode-voice-taken = { $by } retire la parole à { $nick } (voice retiré).
room-mode-ban = { $by } bannit { $mask }.
room-mode-unban = { $by } lève le bannissement de { $mask }.
room-mode-set = { $by } met le mode { $modes }
room-mode-set-more = { $by } met le mode { $modes } et { $count } autres
room-mode-by-server = Le serveur

## IRC command /who

who-count = { $target } : { $count } personnes
who-none = Personne ne correspond à { $target } sur ce réseau pour l’instant.
who-person = { $nick } ({ $mask }) { $name }
who-person-away = { $nick } ({ $mask }, absent) { $name }
who-truncated = La liste est plus longue ; seules les { $count } premières entrées sont affichées.
