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

## First run: the welcome, shown while there is no account

welcome-title = { -app-name }'a hoş geldiniz
welcome-intro = { -app-name } yalnızca Tor üzerinden bağlanır. Sohbete başlamak için bir hesap ekleyin.
welcome-add-xmpp-button = Var olan bir XMPP hesabı ekle
welcome-add-xmpp-tooltip = Zaten bir XMPP (Jabber) adresiniz ve parolası var
welcome-create-xmpp-button = Yeni bir XMPP hesabı oluştur
welcome-add-irc-button = Bir IRC ağı ekle
welcome-add-irc-tooltip = Kayıtlı takma adınızla OFTC, Libera.Chat ya da başka bir IRC ağında sohbet edin

## Adding an account

account-dialog-xmpp-title = XMPP hesabı ekle
account-dialog-irc-title = IRC ağı ekle
account-dialog-add-button = Hesabı ekle
account-address-placeholder = Adres, örneğin name@example.org
account-address-tooltip = XMPP adresiniz
account-nick-placeholder = Kayıtlı takma adınız
account-nick-tooltip = Bu ağda kaydettirdiğiniz takma ad
account-network-tooltip = IRC ağı
account-network-custom = Başka bir ağ…
account-network-custom-placeholder = Sunucu, örneğin irc.example.org
account-network-custom-tooltip = IRC ağının sunucu adı
account-password-placeholder = Parola
account-password-tooltip = Hesabın parolası
account-remember-password = Parolayı hatırla
account-remember-password-tooltip = Parolayı yeniden yazmamanız için Otter klasörünüze kaydeder. Tails'te bunu yalnızca Kalıcı depolama birimi açıkken yapın. Kapalıyken: her bağlandığınızda parolayı yazarsınız.
account-advanced = Gelişmiş
account-host-placeholder = Bağlanılacak sunucu (isteğe bağlı)
account-host-tooltip = Adresteki sunucu yerine bu sunucuya bağlan
account-port-placeholder = Bağlantı noktası (isteğe bağlı)
account-port-tooltip = O sunucudaki bağlantı noktası numarası
account-advanced-help = Yalnızca hizmet sağlayıcınız söylediyse gereklidir. Ad, Tor üzerinden çözümlenir; Tor DNS SRV kayıtlarını çözümleyemez, bu yüzden sağlayıcınız böyle bir kayıt kullanıyorsa sunucusunu ve bağlantı noktasını buraya yazın.

## Why an account cannot be added yet: shown under the fields as the user types

account-problem-address-empty = Adresinizi yazın.
account-problem-address-form = Bir XMPP adresi name@example.org gibidir: bir ad, "@", ardından sunucu.
account-problem-address-spaces = Adreste boşluk olmaz.
account-problem-nick-empty = Takma adınızı yazın.
account-problem-nick-form = Takma adda boşluk ya da "@" olmaz ve takma ad bir rakamla ya da "-" ile başlamaz.
account-problem-network-empty = Ağın sunucusunu yazın, örneğin irc.example.org.
account-problem-password-empty = Parolayı yazın.
account-problem-host-form = Sunucu, xmpp.example.org gibi bir addır; boşluk, "/" ya da ":" içermez.
account-problem-port-form = Bağlantı noktası 1 ile 65535 arasında bir sayıdır.
account-problem-irc-password = Kayıtlı takma adınızın parolasını yazın: { -app-name } oturumu onunla açar.

## Rooms (group chats): never private

sidebar-rooms-heading = Odalar
rooms-join-button = Bir odaya katıl…
rooms-join-tooltip = XMPP hesaplarınızdan biriyle bir grup sohbetine katılın
room-open-tooltip = Bu odayı aç (odada değilseniz odaya katılır)
room-join-dialog-title = Bir odaya katıl
room-join-dialog-button = Odaya katıl
room-join-explanation = Bir odada söylenen hiçbir şey özel değildir: odadaki herkes ve sunucu her iletiyi okur.
room-account-tooltip = Katılmak için kullanılacak hesap
room-address-placeholder = Oda adresi, örneğin { $example }
room-address-tooltip = Odanın adresi
room-nick-placeholder = Odadaki takma adınız
room-nick-tooltip = Odadaki diğer kişilerin gördüğü ad
room-password-placeholder = Oda parolası (yalnızca varsa)
room-password-tooltip = Odanın parolası, varsa
room-bookmark-check = Odalarıma kaydet
room-autojoin-check = Bağlandığımda otomatik olarak katıl
room-problem-address = Bir oda adresi name@conference.example.org gibidir: bir ad, "@", ardından sunucu.
room-problem-nick = Odada kullanmak istediğiniz takma adı yazın.
room-not-private-banner = Özel değil: bu odadaki herkes ve sunucu her iletiyi okuyabilir. Odalarda özel görüşme (OTR) yapılamaz.
room-warning-address-visible = Bu odadaki herkes gerçek adresinizi görebilir.
room-warning-logged = Bu odanın kayıtları herkese açık tutuluyor: söyledikleriniz yayımlanabilir.
room-warning-created = Bu odayı siz oluşturdunuz.
room-warning-nick-changed = Oda size başka bir takma ad verdi: { $nick }
room-joined-as = Bu odada { $nick } olarak bulunuyorsunuz.
room-joining = Katılınıyor…
room-topic = Konu: { $topic }
room-topic-none = Konu yok
room-topic-set = { $nick } konuyu değiştirdi: { $topic }
room-occupants-count = { $count ->
    [one] Burada { $count } kişi var
   *[other] Burada { $count } kişi var
}
room-occupants-tooltip = Bu odadaki kişiler
room-occupant-moderator = { $nick } (moderatör)
room-occupant-participant = { $nick }
room-occupant-visitor = { $nick } (yalnızca okuyabilir)
room-message = { $nick }: { $text }
room-message-history = { $nick } (daha önce): { $text }
room-message-from-room = Oda diyor ki: { $text }
room-occupant-joined = { $nick } katıldı
room-occupant-left = { $nick } ayrıldı
room-occupant-renamed = { $from } artık { $to }
room-leave-button = Odadan ayrıl
room-leave-tooltip = Bu odadan ayrılın; daha sonra yeniden katılabilirsiniz
room-compose-tooltip = Odadaki herkese bir ileti yazın
room-left-left = Odadan ayrıldınız.
room-left-kicked = Bir moderatör sizi odadan çıkardı.
room-left-banned = Bu odadan yasaklandınız.
room-left-removed = Artık bu odaya girme izniniz yok.
room-left-shutdown = Odanın sunucusu kapandı.
room-left-destroyed = Oda kapatıldı.
room-left-too-many = Bu odada { -app-name } uygulamasının izleyebileceğinden çok kişi var, bu yüzden { -app-name } odadan ayrıldı.
room-left-disconnected = Odanın dışındasınız: hesap çevrim dışı oldu.
room-error-nick-in-use = Bu odada biri bu takma adı zaten kullanıyor. Başka bir tane seçin.
room-error-password = Bu oda bir parola istiyor ya da parola yanlıştı.
room-error-banned = Bu odadan yasaklandınız.
room-error-not-found = Bu adreste bir oda yok.
room-error-members-only = Bu odaya yalnızca üyeler katılabilir.
room-error-full = Bu oda dolu.
room-error-creation-refused = Sunucu bu odayı oluşturmanıza izin vermiyor.
room-error-nick-refused = Oda bu takma adı kabul etmiyor. Başka bir tane seçin.
room-error-message-refused = Oda iletinizi kabul etmedi: orada konuşma izniniz olmayabilir.
room-error-other = Oda reddetti: { $condition }
room-problem = { $room }: { $error }
room-topic-button = Konuyu değiştir…
room-topic-button-tooltip = Bu odaya, içindeki herkesin gördüğü başka bir konu verin
room-topic-dialog-title = { $room } konusu
room-topic-entry = Yeni konu (boş: konu yok)
room-topic-entry-tooltip = Odadaki herkesin gördüğü konu
room-topic-dialog-button = Konuyu ayarla
room-nick-button = Takma adı değiştir…
room-nick-button-tooltip = Bu odada başka bir takma adla görünün
room-nick-dialog-title = { $room } odasındaki takma adınız
room-nick-irc-explanation = IRC'de takma adınız bütün ağa aittir: bu hesabın tüm kanallarında değişir.
room-nick-dialog-button = Bu takma adı kullan
room-invite-button = Davet et…
room-invite-button-tooltip = Bu odaya birini davet edin
room-invite-dialog-title = { $room } odasına birini davet edin
room-invite-address = Kişinin adresi, örneğin ad@example.org
room-invite-address-tooltip = Davet ettiğiniz kişinin adresi
room-reason-entry = Neden (isteğe bağlı)
room-invite-reason-tooltip = Davetle birlikte gönderilen birkaç söz
room-invite-dialog-button = Daveti gönder
room-invite-problem-address = Bir adres şöyle görünür: ad@example.org; bir ad, "@", ardından sunucu.
room-invite-sent = Davet gönderildi: { $address }.
room-occupant-actions = { $nick } için eylemler
room-action-kick = Odadan çıkar
room-action-ban = Odadan yasakla
room-action-grant-voice = Konuşma izni ver
room-action-revoke-voice = Konuşma iznini al
room-action-grant-moderator = Moderatör yap
room-action-revoke-moderator = Moderatörlükten al
room-kick-dialog-title = { $nick } odadan çıkarılsın mı?
room-kick-explanation = Geri gelebilir. Odadaki herkes onu çıkardığınızı ve nedeninizi görür.
room-kick-button = Çıkar
room-ban-dialog-title = { $nick } odadan yasaklansın mı?
room-ban-explanation = Bir yönetici yasağı kaldırana kadar geri gelemez. Odadaki herkes onu yasakladığınızı ve nedeninizi görür.
room-ban-button = Yasakla
room-moderation-reason-tooltip = Neden: odadaki herkes görür
room-occupant-now-moderator = { $nick } artık moderatör.
room-occupant-now-participant = { $nick } konuşabilir.
room-occupant-now-visitor = { $nick } artık yalnızca okuyabilir.
room-occupant-kicked = { $nick } odadan çıkarıldı.
room-occupant-banned = { $nick } odadan yasaklandı.
room-refused-configure = Oda varsayılan ayarlarını kabul etmedi, bu yüzden başkalarına kapalı kalıyor.
room-refused-kick = Oda bu kişiyi çıkarmanıza izin vermedi.
room-refused-ban = Oda bu kişiyi yasaklamanıza izin vermedi.
room-refused-voice = Oda kimin konuşabileceğini değiştirmenize izin vermedi.
room-refused-moderator = Oda kimin moderatör olduğunu değiştirmenize izin vermedi.
room-refused-invite = Oda davetinizi iletmedi.
room-refused-destroy = Oda onu kapatmanıza izin vermedi.
room-refused-subject = Oda konuyu değiştirmenize izin vermedi.
room-refused-configuration = Oda ayarlarını görmenize veya değiştirmenize izin vermedi.
room-refused-rights = Burada bunun için yetkiniz yok.
room-refused-later = Biraz sonra yeniden deneyin.
room-refused-condition = Odanın yanıtı: { $condition }
rooms-channels-button = IRC kanalları…
rooms-channels-tooltip = Bağlı olduğunuz bir IRC ağının kanallarında arayın ve birine katılın
room-channels-dialog-title = IRC kanalları
room-channels-explanation = Bir kanalda söylenen hiçbir şey özel değildir: kanaldaki herkes ve ağ her iletiyi okur.
room-channels-network-tooltip = Aranacak IRC ağı
room-channels-search-placeholder = Kanal adının bir parçası (boş: hepsi)
room-channels-search-tooltip = Ağın kanallarını ada göre arayın
room-channels-search-button = Ara
room-channels-no-network = Önce bir IRC ağına bağlanın: kanalları onun üzerinden listelenir.
room-channels-searching = Ağa soruluyor…
room-channels-count = { $count } kanal bulundu.
room-channels-truncated = Gösterilebilecekten fazla kanal eşleşiyor; işte ilk { $count } kanal. Aramayı daraltmak için adın daha fazlasını yazın.
room-channels-row = { $room } ({ $people } kişi): { $topic }
room-channels-join-button = Katıl
room-channels-join = { $room } kanalına katıl

## Preferences (Ctrl+comma)

prefs-title = Tercihler
prefs-button = Tercihler
prefs-button-tooltip = Gizlilik ayarları ve kaydedilen konuşmalar
prefs-require-private = Herkesle özel görüşme zorunlu olsun
prefs-require-private-explanation = Açıkken bir kişiye hiçbir ileti şifrelenmeden gitmez: ileti, özel görüşme (OTR) kurulana kadar bekler. Odalar hiçbir zaman özel değildir ve bu ayar onları değiştirmez.
prefs-require-private-unknown = Yarı seçili: bu pencere, bunu önceki bir oturumda açıp açmadığınızı bilmiyor. Açık ya da kapalı seçin.
prefs-delete-all-button = Kaydedilen tüm konuşmaları sil
prefs-delete-all-tooltip = Bu bilgisayarda kaydedilen, tüm konuşmalara ait her iletiyi sil
prefs-delete-all-confirm-title = Kaydedilen tüm konuşmalar silinsin mi?
prefs-delete-all-confirm-body = Bu bilgisayarda kaydedilen her ileti silinir. Bu işlem geri alınamaz.
prefs-delete-all-confirm-button = Her şeyi sil
prefs-language = Dil
prefs-language-system = Sistemle aynı
prefs-language-next-start = { -app-name } bu dili bir sonraki açılışında kullanacak.
dialog-close = Kapat

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
privacy-device = Kişinizin "{ $device }" cihazıyla özel görüşme. Mesajlarınızı yalnızca bu cihaz okuyabilir.

key-generation-started = { $account } için özel anahtarınız oluşturuluyor… Bu hesaptaki özel görüşmeler anahtar hazır olunca başlar.
key-generation-finished = { $account } için özel anahtarınız hazır.
key-generation-failed = { $account } için özel anahtarınız oluşturulamadı, bu yüzden özel görüşme başlayamıyor. Bekleyen iletiler gönderilmedi; bir sonraki özel görüşmede yeniden denenecek.

## Writing a message, under the conversation

compose-placeholder = İleti
compose-tooltip = Bir ileti yazın
compose-send-button = Gönder

## Messages in a conversation

message-received = { $peer }: { $text }
message-received-not-private = Uyarı: { $peer } yukarıdaki iletiyi şifrelemeden gönderdi, oysa bu görüşmenin özel olması gerekiyor. İleti özel değildi: sunucu onu okuyabilirdi.
message-own = ben: { $text }
message-own-waiting = ben: { $text } (özel görüşme bekleniyor)
message-own-held-ended = ben: { $text } (gönderilmedi: kişiniz özel görüşmeyi bitirdi)
message-own-held-compromised = ben: { $text } (gönderilmedi: kişinizin anahtarı ele geçirilmiş olarak işaretli)
message-own-held-offline = ben: { $text } (gönderilmedi: hesap çevrim dışı)
message-own-failed = ben: { $text } (gönderilmedi)
message-own-discarded = ben: { $text } (vazgeçildi, gönderilmedi)

## The conversation pane: days, delivery, failed messages, clearing the window

day-today = Bugün
day-yesterday = Dün
delivery-waiting = Bekliyor
delivery-waiting-tooltip = Henüz gönderilmedi: mümkün olur olmaz gönderilecek (örneğin görüşme özel olduğunda).
delivery-sent = Gönderildi
delivery-sent-tooltip = Gönderildi: bu bilgisayardan çıktı.
delivery-delivered = Ulaştı
delivery-delivered-tooltip = Ulaştı: kişinizin cihazı iletiyi aldı.
delivery-failed = Gönderilmedi
delivery-failed-tooltip = Gönderilmedi. "Yeniden dene" iletiyi tekrar gönderir; "Vazgeç" iletiyi kaldırır.
message-retry-button = Yeniden dene
message-retry-tooltip = Bu iletiyi tekrar gönder
message-discard-button = Vazgeç
message-discard-tooltip = Bu iletiyi kaldır: gönderilmedi
conversation-menu-button = Diğer
conversation-menu-tooltip = Bu görüşme için diğer işlemler
scrollback-clear-button = Pencereyi temizle
scrollback-clear-tooltip = Bu görüşmede gösterilen iletileri kaldırır. Bu bilgisayarda kaydedilen iletiler silinmez.
scrollback-cleared = Pencere temizlendi. Bu bilgisayarda kaydedilen iletiler silinmedi.

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

## A profile Otter cannot open

profile-problem-title = Otter ayarlarınızı açamıyor
profile-damaged-explanation = Otter'ın hesaplarınızı, kişilerinizi ve güvendiğiniz anahtarları sakladığı { $folder } içindeki dosya bozuk.
profile-newer-explanation = Otter'ın hesaplarınızı, kişilerinizi ve güvendiğiniz anahtarları sakladığı { $folder } içindeki dosya, Otter'ın bu sürümün okuyamadığı daha yeni bir sürümü tarafından yazılmış.
profile-set-aside-explanation = Otter onu, özel anahtarlarınız ve kaydedilmiş geçmişle birlikte bu klasörün içinde yeni bir klasöre taşıyıp hesapsız başlayabilir. Hiçbir şey silinmez.
profile-set-aside-button = Taşı ve hesapsız başla
profile-quit-button = Çık

## Unread messages and notifications

sidebar-contact-unread = { $name }, { $count ->
    [one] { $count } okunmamış ileti
   *[other] { $count } okunmamış ileti
}
notification-new-message = Yeni ileti
notification-new-message-from = Yeni ileti: { $name }
prefs-notify-sender = Bildirimlerde kimin yazdığını göster
prefs-notify-sender-explanation = Kapalıyken bildirim yalnızca “Yeni ileti” der; böylece ekranınızı gören kimse kimin yazdığını öğrenmez. İletinin kendisi hiçbir zaman bildirimde gösterilmez.

## Links in messages: asked before anything opens outside Otter

link-open-title = Bu bağlantı Otter dışında açılsın mı?
link-open-body = { $address } web tarayıcınızda, Otter dışında açılacak. Tarayıcı Tor üzerinden bağlanmayabilir ve site, birinin bağlantıyı açtığını öğrenir.
link-open-button = Bağlantıyı aç

## Creating an XMPP account on its server (in-band registration)

welcome-create-xmpp-tooltip = Tor üzerinden bir XMPP sunucusunda yeni hesap oluştur
account-dialog-create-title = XMPP hesabı oluştur
account-dialog-create-button = Hesap oluştur
account-random-name-button = Rastgele ad
account-random-name-tooltip = Tek kullanımlık bir hesap için sizinle ilgili hiçbir şey söylemeyen uydurma bir ad yazar
account-password-repeat-placeholder = Parola tekrar
account-password-repeat-tooltip = Emin olmak için parolayı bir kez daha yazın
account-problem-password-mismatch = İki parola farklı.
registration-started = { $address } kendi sunucusunda Tor üzerinden oluşturuluyor…
registration-succeeded = { $address } oluşturuldu ve eklendi.
registration-name-taken = Bu ad bu sunucuda alınmış: başka bir ad seçin.
registration-not-acceptable = Sunucu bu adı ya da bu parolayı kabul etmiyor.
registration-closed = Bu sunucu buradan hesap oluşturulmasına izin vermiyor. Hesabı sunucunun web sitesinde (Tor Browser ile) oluşturun, sonra ekleyin.
registration-too-many = Bu Tor çıkışından son zamanlarda çok fazla hesap oluşturuldu. Daha sonra yeniden deneyin.
registration-cannot-show-form = Sunucu, Otter'ın gösteremediği bir şey istiyor (çözülecek bir resim gibi). Hesabı sunucunun web sitesinde (Tor Browser ile) oluşturun, sonra ekleyin.
registration-not-saved = Hesap oluşturuldu ama Otter onu kaydedemedi: “Var olan bir XMPP hesabı ekle” ile ekleyin.
registration-failed = { $address } oluşturulamadı: { $reason }

## Presence and requests

sidebar-status-label = Durumunuz
presence-available = Müsait
presence-away = Uzakta
presence-busy = Meşgul
presence-offline = Çevrim dışı
contact-request = { $peer } sizi kişi olarak eklemek ve ne zaman çevrim içi olduğunuzu görmek istiyor.
contact-request-accept = Kabul et
contact-request-refuse = Reddet
room-invitation = { $from } sizi { $room } odasına davet ediyor.
room-invitation-unknown = { $room } odasına davet edildiniz.
room-invitation-join = Katıl
room-invitation-ignore = Yok say

## The password prompt

password-prompt-title = { $address } için parola
password-prompt-body = { $address } hesabının parolasını yazın. Otter onu yalnızca kapanana kadar tutar; kaydedilmez.

## Verification under way

verification-in-progress = Kişiniz doğrulanıyor…
verification-stop-button = Doğrulamayı durdur

## How far a sent message got

message-state-server = { $security } Sunucu mesajı aldı.
message-state-delivered = { $security } Kişinizin cihazına ulaştı.
message-own-elsewhere = ben, başka bir cihazdan: { $text }

## Yazma kutusunun komutları ("/" ile başlayan bir satır)

command-unknown = { $command }, Otter'ın bildiği bir komut değil. Hiçbir şey gönderilmedi. "/" ile başlayan bir satır göndermek için satırı "//" ile başlatın.
command-unsupported = { $command } burada henüz kullanılamıyor. Hiçbir şey gönderilmedi.
command-incomplete = { $command } için daha fazla sözcük gerekiyor, örneğin: { $example }. Hiçbir şey gönderilmedi.
command-room-only = { $command } yalnızca bir odada çalışır. Hiçbir şey gönderilmedi.

## Yazıyor bildirimleri

typing-notice = { $peer } yazıyor…
prefs-share-typing = Yazıyor bildirimlerini paylaş
prefs-send-receipts = Teslim bildirimleri gönder
prefs-activity-explanation = Yazıyor bildirimleri kişilerinize onlara ne zaman yazdığınızı; teslim bildirimleri ise iletilerinin bu bilgisayara ne zaman ulaştığını söyler. İkisi de klavyenin başında olduğunuzu gösterir. Siz açmadıkça kapalıdır. Odalar bunları hiçbir zaman almaz.

## Hızlı geçiş (Ctrl+K)

switcher-title = Bir görüşmeye git
switcher-search-placeholder = Ad veya adres
switcher-search-tooltip = Bir kişinin, odanın veya kanalın adının ya da adresinin bir kısmını yazın, sonra Enter'a basın
switcher-row = { $name } ({ $address })
switcher-nothing = Eşleşen bir şey yok.

## Hesabı düzenleme

account-edit-button = Düzenle
account-edit-tooltip = { $address } için sunucuyu, bağlantı noktasını, şifrelemeyi veya kayıtlı parolayı değiştirin
account-edit-title = { $address } düzenle
account-edit-save = Değişiklikleri kaydet
account-direct-tls = Baştan TLS kullan (doğrudan TLS)
account-direct-tls-tooltip = Yalnızca sağlayıcınız XMPP'yi bir TLS bağlantı noktasında, genellikle 5223'te sunuyorsa. Aksi halde Otter TLS'yi olağan bağlantı noktasında başlatır (STARTTLS). Her iki durumda da bağlantı şifrelidir.
account-edit-password-remembered = Otter bu hesabın parolasını kaydediyor.
account-edit-password-not-remembered = Otter bu hesabın parolasını kaydetmiyor; her başlangıçta soruyor.
account-edit-password-keep = Olduğu gibi bırak
account-edit-password-forget = Parolayı unut
account-edit-password-remember = Bir parola kaydet
account-edit-password-tooltip = Bu hesap için kaydedilecek parola

## Copy buttons and an IRC account's client certificate

copy-button = Kopyala
copy-done = Kopyalandı
verify-copy-own-tooltip = Parmak izinizi kopyala
verify-copy-contact-tooltip = Kişinizin parmak izini kopyala
client-certificate-button = İstemci sertifikası…
client-certificate-button-tooltip = Bu ağa parolanız yerine bir sertifikayla giriş yapın
client-certificate-title = { $address } için istemci sertifikası
client-certificate-explanation = Otter bu hesap için bir sertifika oluşturdu ve onu ayarlarınızla birlikte saklıyor. Parolanızla giriş yapmışken sertifikayı ağın hizmetlerine bir kez kaydedin: onlara aşağıdaki komutu gönderin (bu ağdaki herhangi bir görüşmeye yapıştırın).
client-certificate-fingerprint = Parmak izi (SHA-256): { $fingerprint }
client-certificate-command = Komut: { $command }
client-certificate-copy-fingerprint = Sertifikanın parmak izini kopyala
client-certificate-copy-command = Komutu kopyala
client-certificate-after = Bir sonraki bağlantıdan itibaren Otter sertifikayla giriş yapar (SASL EXTERNAL) ve parolanızı göndermesi gerekmez. Otter'ın ayarlar klasörünün bir kopyasına sahip olan herkes sizin adınıza giriş yapabilir: onu parolanız kadar güvenli tutun.

## Kişi grupları

contacts-group-none = Diğer kişiler
contact-group-menu = Gruba taşı…
contact-group-menu-tooltip = Bu kişiyi kişi listenizdeki bir gruba koyun
contact-group-title = Bir gruba taşı
contact-group-explanation = { $name } için bir grup seçin: grubun adını yazın ya da aşağıdaki gruplarınızdan birini seçin. Grupsuz bırakmak için boş bırakın. Diğer XMPP uygulamalarınız da aynı grupları gösterir.
contact-group-label = Grup
contact-group-placeholder = Grup yok
contact-group-tooltip = Grubun adı, yeni ya da var olan
contact-group-known = Gruplarınız
contact-group-move = Taşı
contact-group-not-listed = Yalnızca bir XMPP hesabının kişi listesindeki kişiler bir gruba konabilir.

## The proxy (preferences)

prefs-proxy-expander = Vekil sunucu (gelişmiş)
prefs-proxy-explanation = Otter yalnızca Tor'un SOCKS bağlantı noktası üzerinden bağlanır. Burada değiştirmediğiniz sürece bu, Tails'in Tor'unun dinlediği 127.0.0.1:9050'dir; Tor Browser'ın kendi Tor'u 127.0.0.1:9150'de dinler. Bir IP adresi ve bağlantı noktası girin: Otter hiçbir adı Tor dışında çözümlemez.
prefs-proxy-in-use = Otter { $address } üzerinden bağlanıyor.
prefs-proxy-fixed = Bu çalıştırmada Otter, başlatılırken verilen { $address } üzerinden bağlanıyor. Burada kaydedilen vekil sunucu, bir sonraki o belirtilmeden başlatmada geçerli olur.
prefs-proxy-placeholder = 127.0.0.1:9050
prefs-proxy-tooltip = SOCKS5 vekil sunucusunun (Tor) IP adresi ve bağlantı noktası
prefs-proxy-use-button = Bu vekil sunucuyu kullan
prefs-proxy-default-button = 127.0.0.1:9050'ye dön
prefs-proxy-invalid = Bir IP adresi ve bağlantı noktası girin, örneğin 127.0.0.1:9150.
prefs-proxy-reconnect = Şu an bağlı hesaplar yeniden bağlanana kadar bağlantılarını korur.

## Room settings (the room's configuration form) and destroying a room

room-create-heading = Bu yeni bir oda oluşturursa:
room-create-defaults = Varsayılan yapılandırmayı kabul et
room-create-defaults-tooltip = Yeni oda, sunucunun olağan ayarlarıyla hemen açılır
room-create-configure = Odayı yapılandır…
room-create-configure-tooltip = Otter önce yeni odanın ayarlarını gösterir; siz kaydedene kadar başka kimse giremez
room-settings-button = Oda ayarları…
room-settings-button-tooltip = Bu odanın ayarlarını görün ve değiştirin (oda sizin)
room-form-title = { $room } ayarları
room-form-save = Ayarları kaydet
room-form-new-room = Bu oda yeni: siz ayarlarını kaydedene kadar başka kimse giremez. İptal odayı siler.
room-form-required = (zorunlu)
room-form-not-set = Ayarlanmamış
room-form-left-out = Burada gösterilmeyen ayarlar: { $count }. Değerleri korunur.
room-form-problem-required = Doldurun: { $name }
room-form-problem-address = Adres değil (ad@sunucu, satır başına bir tane): { $name }
room-form-saved = Oda yeni ayarlarını aldı.
room-destroy-tool-button = Odayı yok et…
room-destroy-tool-tooltip = Herkesi bu odadan çıkarın ve odayı silin (oda sizin)
room-destroy-dialog-title = { $room } yok edilsin mi?
room-destroy-explanation = Odadaki herkes çıkarılır ve oda ortadan kalkar: adı yeniden herkesin alabileceği hâle gelir. Bu geri alınamaz.
room-destroy-reason-tooltip = Neden: odadaki herkes çıkarılırken bunu görür
room-destroy-button = Odayı yok et
room-left-destroyed-moved = Oda kapatıldı. Odadakilerden bunun yerine { $room } odasına geçmeleri istendi.

## IRC in the window: networks without a password, channels by name, invitations
account-irc-no-password = Parola yok: { -app-name } oturum açmadan yalnızca takma adla bağlanır
account-irc-no-password-tooltip = Hesap olmayan bir ağ ya da hiç kaydetmediğiniz bir takma ad için. Daha önce oturum açmış bir takma ad, parolası olmadan asla kullanılmaz.
room-join-connect-first = Önce bir XMPP hesabı ya da bir IRC ağı bağlayın: odalara ve kanallara onun üzerinden katılınır.
room-channel-placeholder = Kanal, örneğin #otter
room-channel-tooltip = Kanalın bu ağdaki adı, # ile başlar
room-key-placeholder = Kanal anahtarı (yalnızca varsa)
room-key-tooltip = Kanalın anahtarı, varsa
room-problem-channel = Kanal adı # (ya da &) ile başlar, boşluk ya da virgül içermez; örneğin #otter.
room-invite-nick = Kişinin takma adı
room-invite-nick-tooltip = Davet edilecek kişinin takma adı
room-invite-problem-nick = Takma adını yazın: boşluk olmadan, rakam ya da # ile başlamadan.
error-irc-login-needed = Bu takma ad daha önce oturum açtı, bu yüzden { -app-name } onu yalnızca parolasıyla bağlar.

## The join dialog: the account's room service

room-service-line = Bu sunucudaki odalar: { $service }
room-service-copy-tooltip = Bu sunucunun oda hizmetinin adresini kopyala

## IRC: Yedek giriş olarak NickServ
account-irc-nickserv-fallback = Ağda SASL yoksa NickServ'e kimliğini bildir
account-irc-nickserv-fallback-help = Yalnızca SASL olmayan bir ağ için. SASL daha güvenlidir: takma adınız görünmeden önce girişinizi yapar ve parola yalnızca sunucuya gider. NickServ ile takma adınız siz kimliğinizi bildirmeden önce görünür ve parola NickServ olarak yanıt veren kişiye gider. Ağ SASL sunduğunda asla kullanılmaz.

## IRC: yalnızca izin verildiğinde TLS'siz bir onion hizmeti
account-irc-onion-plaintext = TLS olmadan bağlan (yalnızca onion hizmetleri)
account-irc-onion-plaintext-warning = Bu onion hizmeti TLS kullanmıyor: Tor ona giden bağlantıyı şifreler, ancak sunucunun kimliği yalnızca onion adresidir. Yalnızca onion hizmeti TLS olmadan dinleyen bir ağ için; parolanız da bu bağlantı üzerinden gider.
account-problem-plaintext-not-onion = TLS'siz bağlantı yalnızca bir onion hizmeti içindir: sunucu adı .onion ile bitmelidir.

## Temporary XMPP accounts (SASL ANONYMOUS)

account-temporary = Geçici hesap (parola yok; her bağlantıda yeni bir rastgele adres)
account-temporary-help = Buna izin veren sunucular için: sunucu her bağlandığınızda size yeni bir adres verir ve bağlantıyı kestiğinizde onu kişileriyle birlikte unutur.
account-temporary-server-placeholder = Sunucu, örneğin example.org
account-temporary-server-tooltip = Geçici hesaplara izin veren bir sunucunun adı
account-problem-temporary-server = Yalnızca sunucunun adını yazın, örneğin example.org.
account-status-online-as = { $address } olarak çevrim içi
error-temporary-not-allowed = Bu sunucu geçici hesaplara izin vermiyor.

## IRCv3: ağ bölünmeleri ve yeniden birleşmeler, sunucu retleri, kanalda görülen davetler

room-netsplit = { $count ->
    [one] { $count } kişi ayrıldı: { $first } ile { $second } arasında ağ bölünmesi
   *[other] { $count } kişi ayrıldı: { $first } ile { $second } arasında ağ bölünmesi
}
room-netjoin = { $count ->
    [one] { $count } kişi geri döndü
   *[other] { $count } kişi geri döndü
}
server-refused = Sunucu { $command } komutunu reddetti: { $description }
room-invited-other = { $by }, { $nick } adlı kişiyi davet etti

## IRC commands in the composer: /whois and /mode

whois-user = { $nick }: { $mask }
whois-not-found = Bu ağda şu anda { $nick } takma adını kullanan kimse yok.
whois-realname = Gerçek ad: { $name }
whois-account = { $account } olarak oturum açmış
whois-channels = Kanallar: { $channels }
whois-channels-truncated = Kanallar (ilk { $count }): { $channels }
whois-server = Sunucu: { $server }
whois-idle = { $seconds } sn boşta
whois-away = Uzakta: { $message }
whois-secure = Sunucusuna TLS ile bağlı
room-modes = Kanal kipleri: { $modes }
room-bans-none = { $room } kanalında yasaklı kimse yok.
room-bans-count = { $room } kanalındaki yasaklar: { $count }
room-bans-entry = { $mask }, koyan: { $by }
room-bans-truncated = Liste daha uzun; yalnızca ilk { $count } tanesi gösteriliyor.
room-refused-modes = Kanal, kiplerini değiştirmenize izin vermedi: bunu yalnızca operatörleri yapabilir.

## IRC command /raw: one line as typed, after a confirmation

command-raw-control = /raw satırı satır sonu veya NUL içeremez: iki komuta dönüşür. Hiçbir şey gönderilmedi.
command-raw-too-long = /raw satırı en fazla 510 bayt olabilir. Hiçbir şey gönderilmedi.
command-raw-private = /raw bir kişiye ileti veya bildirim göndermez: bunlar özel görüşmeyi (OTR) atlatmış olur. Bunun yerine onunla görüşmenize yazın. Hiçbir şey gönderilmedi.
command-raw-prefixed = /raw satırı @ veya : ile değil, komutla başlar. Hiçbir şey gönderilmedi.
raw-confirm-title = Satırlar denetlenmeden gönderilsin mi?
raw-confirm-body = /raw, yazdığınızı IRC ağına olduğu gibi gönderir. { -app-name } bunun ne yaptığını denetlemez: yanlış bir komut hesabınızı veya kanallarınızı değiştirebilir ya da ağa istediğinizden fazlasını söyleyebilir. Kişilere iletiler yine yalnızca onlarla olan görüşme üzerinden gider. Çıkana kadar /raw satırları yeniden sorulmadan gönderilir.
raw-confirm-button = Denetlemeden gönder

## IRC: someone changes a channel's modes

room-mode-op-given = { $by }, { $nick } kişisini kanal operatörü yapıyor.
room-mode-op-taken = { $by }, { $nick } kişisinin kanal operatörlüğünü kaldırıyor.
room-mode-voice-given = { $by }, { $nick } kişisinin konuşmasına izin veriyor (voice).
room-mode-voice-taken = { $by }, { $nick } kişisinin konuşmasını engelliyor (voice kaldırıldı).
room-mode-ban = { $by }, { $mask } için yasak koyuyor.
room-mode-unban = { $by }, { $mask } üzerindeki yasağı kaldırıyor.
room-mode-set = { $by } kipi ayarlıyor: { $modes }
room-mode-set-more = { $by } kipi ayarlıyor: { $modes } ve { $count } tane daha
room-mode-by-server = Sunucu

## IRC command /who

who-count = { $target }: { $count } kişi
who-none = Şu anda bu ağda { $target } ile eşleşen kimse yok.
who-person = { $nick } ({ $mask }) { $name }
who-person-away = { $nick } ({ $mask }, uzakta) { $name }
who-truncated = Liste daha uzun; yalnızca ilk { $count } tanesi gösteriliyor.
