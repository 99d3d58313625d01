# Otter arayüzü, Türkçe.
# Kaynak: po/en-US/otter.ftl (çevirmenler için notlar orada).
# Terimler: po/GLOSSARY.md. Kullanıcıya "siz" diye hitap edilir.

## Terms

-app-name = Otter

## The window

window-title = { -app-name }
window-title-conversation = { -app-name } — { $peer }

## Tor status line, at the top of the window

tor-status-checking = Tor'un çalışıp çalışmadığı denetleniyor…
tor-status-ready = Tor'a bağlandı. Her bağlantı Tor üzerinden, her hesap kendi devresinden geçiyor.
tor-status-not-isolating = Hesapları birbirinden ayırmayan bir SOCKS vekil sunucusuna bağlandı: bu Tor olmayabilir.

## Sidebar: accounts and contacts

sidebar-accounts-heading = Hesaplar
sidebar-contacts-heading = Kişiler
sidebar-open-address-placeholder = Sohbet et… (XMPP adresi ya da IRC takma adı)
sidebar-open-address-tooltip = Sohbet edilecek kişinin adresi
sidebar-contact-with-name = { $name } ({ $address })

## One row per account in the sidebar

account-connect-button = Bağlan
account-disconnect-button = Bağlantıyı kes
account-connect-tooltip = Tor üzerinden bağlan: { $address }
account-status-offline = Çevrim dışı
account-status-connecting = Tor üzerinden bağlanılıyor…
account-status-online = Çevrim içi
account-status-failed = Bağlı değil: { $reason }

## Importing from Pidgin

pidgin-import-button = Pidgin'den içe aktar
pidgin-import-button-tooltip = Pidgin hesaplarınızı, kişilerinizi, grup sohbetlerinizi ve OTR anahtarlarınızı şuradan alın: { $directory }
pidgin-import-dialog-title = Pidgin'den içe aktar
pidgin-import-dialog-body = Otter hesaplarınızı, kişilerinizi, grup sohbetlerinizi, OTR anahtarlarınızı ve doğrulanmış kişilerinizi alacak. Pidgin parolaları da kaydetmiş olabilir: onları yalnızca bu bilgisayarın depolama alanı şifreliyse alın (Tails'te: Kalıcı depolama birimi). Pidgin'in görüşme kayıtları kopyalanmaz: siz istemedikçe Otter kayıt tutmaz.
pidgin-import-without-passwords = Parolalar olmadan içe aktar
pidgin-import-with-passwords = Parolalarla birlikte içe aktar
pidgin-imported =
    Pidgin'den içe aktarıldı: { $accounts ->
        [one] { $accounts } hesap
       *[other] { $accounts } hesap
    } (zaten Otter'da olan: { $skipped }), { $contacts ->
        [one] { $contacts } kişi
       *[other] { $contacts } kişi
    }, { $rooms ->
        [one] { $rooms } grup sohbeti
       *[other] { $rooms } grup sohbeti
    }.

## Dialog buttons shared by several dialogs

dialog-cancel = İptal

## The conversation pane

conversation-none-open = Açık görüşme yok
conversation-title = Görüşme: { $peer }
conversation-start-private-button = Özel görüşme başlat
conversation-end-private-button = Özel görüşmeyi bitir
conversation-verify-button = Kişiyi doğrula
conversation-verify-button-tooltip = Doğru kişiyle konuştuğunuzdan emin olun: yalnızca onun yanıtlayabileceği bir soru sorun ya da birlikte belirlediğiniz bir sırrı denetleyin
conversation-key-changed = Uyarı: { $peer }, doğruladığınız anahtardan farklı bir anahtar kullanıyor. Bu yeni bir cihaz olabilir ya da başka biri. Özel bir şey söylemeden önce kişinizi yeniden doğrulayın.

## What is private: the line above the messages. It must never say more than is true.

privacy-not-private = Özel değil: bu görüşmedeki iletiler uçtan uca şifrelenmiyor. Sunucu bunları okuyabilir.
privacy-private-unverified = Özel ama doğrulanmamış: iletiler şifreli (OTR), ancak kişinizin kim olduğunu doğrulamadınız.
privacy-private-verified = Özel ve doğrulanmış: iletiler şifreli (OTR) ve kişinizi doğruladınız.
privacy-finished = Kişiniz özel görüşmeyi bitirdi. Siz de bitirene ya da yeni bir tane başlatana kadar yazdığınız hiçbir şey gönderilmez.
privacy-compromised = Güvenli değil: kişinizin kullandığı anahtarı ele geçirilmiş olarak işaretlediniz. Yazdığınız hiçbir şey gönderilmez. Bu görüşmeyi bitirin ve kişinizi yeniden doğrulayın.

## Writing a message, under the conversation

compose-placeholder = İleti
compose-tooltip = Bir ileti yazın
compose-send-button = Gönder

## Messages in a conversation

message-received = { $peer }: { $text }
message-own = ben: { $text }
message-own-waiting = ben: { $text } (özel görüşme bekleniyor)
message-own-held-ended = ben: { $text } (gönderilmedi: kişiniz özel görüşmeyi bitirdi)
message-own-held-compromised = ben: { $text } (gönderilmedi: kişinizin anahtarı ele geçirilmiş olarak işaretli)
message-own-held-offline = ben: { $text } (gönderilmedi: hesap çevrim dışı)
message-own-failed = ben: { $text } (gönderilmedi)
message-own-discarded = ben: { $text } (vazgeçildi, gönderilmedi)

## How a message travelled: the tooltip of every message

security-encrypted-verified = Özel: şifreli ve kişinizi doğruladınız
security-encrypted-unverified = Özel ama doğrulanmamış: şifreli, kişiniz henüz doğrulanmadı
security-not-encrypted = Özel değil: sunucu bu iletiyi okuyabilir

## Verifying a contact (the Socialist Millionaires' Protocol of OTR)

verify-dialog-title = Kişinizi doğrulayın
verify-dialog-verify-button = Doğrula
verify-dialog-explanation = Yalnızca kişinizin yanıtlayabileceği bir soru sorun ya da yüz yüze belirlediğiniz bir sırrı denetlemek için soruyu boş bırakın. Yanıtı başka hiç kimse, sunucu bile öğrenmez.
verify-question-placeholder = Soru (isteğe bağlı)
verify-question-tooltip = Kişinize sorulacak soru
verify-secret-placeholder = Beklenen yanıt ya da ortak sır
verify-secret-tooltip = Beklenen yanıt ya da ortak sır
verify-fingerprints-explanation = Ya da parmak izlerini karşılaştırın: güvendiğiniz bir kanal üzerinden (yüz yüze ya da telefonla) birbirinize okuyun. Kişinizin parmak izi size okuduğuyla aynıysa "Eşleşiyor" düğmesine basın.
verify-own-fingerprint = Parmak iziniz: { $fingerprint }
verify-contact-fingerprint = Kişinizin parmak izi: { $fingerprint }
verify-fingerprint-matches-button = Eşleşiyor
verify-fingerprint-compromised-button = Anahtar ele geçirilmiş
verification-request-question = { $peer } doğrulama istiyor: { $question }
verification-request-secret = { $peer }, birlikte belirlediğiniz sırla doğrulama istiyor.
verification-answer-placeholder = Yanıtınız
verification-answer-tooltip = Doğrulama sorusuna yanıtınız
verification-answer-button = Yanıtla
verification-succeeded = Doğrulama başarılı: kişiniz aynı yanıtı verdi.
verification-failed = Doğrulama başarısız: yanıtlar farklı ya da doğrulama durduruldu. Başka biriyle konuşuyor olabilirsiniz.

## The server's certificate: a warning that may mean someone is intercepting

certificate-changed-title = Sunucunun sertifikası değişti
certificate-untrusted-title = Sunucunun sertifikası güvenilir değil
certificate-changed-explanation = Bu sunucu, daha önce kabul ettiğinizden farklı bir sertifika gösterdi. Birisi bağlantıyı dinliyor olabilir. Sunucunun yöneticileri size sertifikanın değiştiğini söylemediyse bağlanmayın.
certificate-details =
    { $explanation }

    Parmak izi (SHA-256):
    { $fingerprint }

    Verildiği taraf: { $subject }
    Veren: { $issuer }
    Geçerlilik sonu: { $expiry }
certificate-do-not-connect = Bağlanma
certificate-trust-button = Bu sertifikaya güven

## Errors: one sentence each, for someone who is not a computer expert

error-tor-unavailable = Tor çalışmıyor ya da Tor'un yanıt vermesi gerektiği gibi yanıt vermiyor, bu yüzden Otter bağlanamıyor. Otter asla Tor olmadan bağlanmaz. Tor'u başlatın (Tails'te: Tor ağı ile bağlantı kurun) ve yeniden deneyin.
error-server-unreachable = Tor sunucuya ulaşamadı. Adres yanlış olabilir ya da sunucu çalışmıyor olabilir. Daha sonra yeniden deneyin.
error-certificate-untrusted = Sunucunun sertifikası güvenilir değil. Birisi bağlantıyı dinliyor olabilir ya da sunucu, bilgisayarınızın tanımadığı bir sertifikayla kurulmuş.
error-authentication-failed = Sunucu oturum açmayı reddetti. Adresi ve parolayı denetleyin.
error-peer-misbehaved = Sunucu ya da kişi, Otter'ın kabul etmediği bir şey gönderdi, bu yüzden Otter bu bağlantıyı kesti.
error-limit-exceeded = Sunucu ya da kişi, Otter'ın bir seferde kabul ettiğinden fazlasını gönderdi, bu yüzden Otter bu bağlantıyı kesti.
error-private-session-required = Bu ileti özel bir görüşme bekliyor.
error-storage-failed = Otter bu bilgisayardaki ayarlarını okuyamadı ya da kaydedemedi.
error-timed-out = Bu işlem çok uzun sürdü. Tor hâlâ başlıyor olabilir ya da ağ yavaş. Biraz sonra yeniden deneyin.
error-internal = Otter'ın içinde bir sorun çıktı. Lütfen bunu geliştiricilere bildirin.

## Keeping a conversation on this computer (off unless the user turns it on)

history-keep-check = Bu konuşmayı sakla
history-keep-tooltip = Bu konuşmanın iletilerini bundan sonra Otter klasörünüze kaydeder. Özel (şifreli) iletiler kaydedilmez. Varsayılan olarak kapalıdır: siz açmadıkça hiçbir şey kaydedilmez.
history-delete-button = Kaydedilen iletileri sil
history-delete-tooltip = Bu konuşmanın bu bilgisayarda kaydedilen tüm iletilerini sil
history-deleted = Kaydedilen iletiler silindi.

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
