# Antarmuka Otter dalam bahasa Indonesia.
# Sumber: po/en-US/otter.ftl (petunjuk untuk penerjemah ada di sana).
# Istilah: po/GLOSSARY.md. Menyapa pengguna dengan "Anda".

## Terms

-app-name = Otter

## The window

window-title = { -app-name }
window-title-conversation = { -app-name } — { $peer }

## Tor status line, at the top of the window

tor-status-checking = Memeriksa apakah Tor berjalan…
tor-status-ready = Terhubung ke Tor. Setiap koneksi melewati Tor, setiap akun lewat sirkuitnya sendiri.
tor-status-not-isolating = Terhubung ke proxy SOCKS yang tidak memisahkan akun: mungkin ini bukan Tor.

## Sidebar: accounts and contacts

sidebar-accounts-heading = Akun
sidebar-contacts-heading = Kontak
sidebar-open-address-placeholder = Mengobrol dengan… (alamat XMPP atau nick IRC)
sidebar-open-address-tooltip = Alamat kontak yang ingin diajak mengobrol
sidebar-contact-with-name = { $name } ({ $address })

## One row per account in the sidebar

account-connect-button = Sambungkan
account-disconnect-button = Putuskan
account-connect-tooltip = Sambungkan { $address } melalui Tor
account-status-offline = Luring
account-status-connecting = Menyambung melalui Tor…
account-status-online = Daring
account-status-failed = Tidak tersambung: { $reason }

## Importing from Pidgin

pidgin-import-button = Impor dari Pidgin
pidgin-import-button-tooltip = Pindahkan akun, kontak, obrolan grup, dan kunci OTR Pidgin Anda dari { $directory }
pidgin-import-dialog-title = Impor dari Pidgin
pidgin-import-dialog-body = Otter akan memindahkan akun, kontak, obrolan grup, kunci OTR, dan kontak terverifikasi Anda. Pidgin mungkin juga menyimpan kata sandi: pindahkan juga hanya jika penyimpanan komputer ini terenkripsi (di Tails: Penyimpanan Persisten). Log percakapan Pidgin tidak disalin: Otter tidak menyimpan log kecuali Anda memintanya.
pidgin-import-without-passwords = Impor tanpa kata sandi
pidgin-import-with-passwords = Impor dengan kata sandi
pidgin-imported =
    Diimpor dari Pidgin: { $accounts ->
       *[other] { $accounts } akun
    } (sudah ada di Otter: { $skipped }), { $contacts ->
       *[other] { $contacts } kontak
    }, { $rooms ->
       *[other] { $rooms } obrolan grup
    }.

## Dialog buttons shared by several dialogs

dialog-cancel = Batal

## The conversation pane

conversation-none-open = Tidak ada percakapan yang terbuka
conversation-title = Percakapan dengan { $peer }
conversation-start-private-button = Mulai percakapan pribadi
conversation-end-private-button = Akhiri percakapan pribadi
conversation-verify-button = Verifikasi kontak
conversation-verify-button-tooltip = Pastikan Anda berbicara dengan orang yang tepat: ajukan pertanyaan yang hanya bisa dijawab olehnya, atau periksa rahasia yang sudah kalian sepakati
conversation-key-changed = Peringatan: { $peer } memakai kunci yang berbeda dari yang sudah Anda verifikasi. Mungkin itu perangkat baru, atau orang lain. Verifikasi ulang kontak Anda sebelum mengatakan sesuatu yang pribadi.

## What is private: the line above the messages. It must never say more than is true.

privacy-not-private = Tidak pribadi: pesan dalam percakapan ini tidak dienkripsi ujung ke ujung. Server dapat membacanya.
privacy-private-unverified = Pribadi tetapi belum diverifikasi: pesan dienkripsi (OTR), tetapi Anda belum memverifikasi siapa kontak Anda.
privacy-private-verified = Pribadi dan terverifikasi: pesan dienkripsi (OTR) dan Anda sudah memverifikasi kontak Anda.
privacy-finished = Kontak Anda mengakhiri percakapan pribadi. Apa pun yang Anda ketik tidak dikirim sampai Anda juga mengakhirinya atau memulai yang baru.
privacy-compromised = Tidak aman: Anda menandai kunci yang dipakai kontak Anda sebagai sudah dibobol. Apa pun yang Anda ketik tidak dikirim. Akhiri percakapan ini dan verifikasi ulang kontak Anda.
privacy-device = Percakapan pribadi dengan perangkat "{ $device }" milik kontak Anda. Hanya perangkat itu yang dapat membaca pesan Anda.

key-generation-started = Membuat kunci privat Anda untuk { $account }… Percakapan pribadi di akun ini dimulai setelah kunci siap.
key-generation-finished = Kunci privat Anda untuk { $account } sudah siap.
key-generation-failed = Kunci privat Anda untuk { $account } tidak dapat dibuat, jadi percakapan pribadi tidak dapat dimulai. Pesan yang menunggu tetap tidak terkirim; akan dicoba lagi pada percakapan pribadi berikutnya.

## Writing a message, under the conversation

compose-placeholder = Pesan
compose-tooltip = Ketik pesan
compose-send-button = Kirim

## Messages in a conversation

message-received = { $peer }: { $text }
message-received-not-private = Peringatan: { $peer } mengirim pesan di atas tanpa enkripsi, padahal percakapan ini seharusnya pribadi. Pesan itu tidak pribadi: server dapat membacanya.
message-own = saya: { $text }
message-own-waiting = saya: { $text } (menunggu percakapan pribadi)
message-own-held-ended = saya: { $text } (tidak dikirim: kontak Anda mengakhiri percakapan pribadi)
message-own-held-compromised = saya: { $text } (tidak dikirim: kunci kontak Anda ditandai sudah dibobol)
message-own-held-offline = saya: { $text } (tidak dikirim: akun sedang luring)
message-own-failed = saya: { $text } (tidak dikirim)
message-own-discarded = saya: { $text } (dibuang, tidak dikirim)

## The conversation pane: days, delivery, failed messages, clearing the window

day-today = Hari ini
day-yesterday = Kemarin
delivery-waiting = Menunggu
delivery-waiting-tooltip = Belum dikirim: akan dikirim begitu bisa (misalnya, setelah percakapan menjadi pribadi).
delivery-sent = Terkirim
delivery-sent-tooltip = Terkirim: pesan sudah keluar dari komputer ini.
delivery-delivered = Sampai
delivery-delivered-tooltip = Sampai: perangkat kontak Anda sudah menerimanya.
delivery-failed = Tidak dikirim
delivery-failed-tooltip = Tidak dikirim. "Coba lagi" mengirimnya lagi; "Buang" menghapusnya.
message-retry-button = Coba lagi
message-retry-tooltip = Kirim pesan ini lagi
message-discard-button = Buang
message-discard-tooltip = Hapus pesan ini: pesan ini tidak terkirim
conversation-menu-button = Lainnya
conversation-menu-tooltip = Tindakan lain untuk percakapan ini
scrollback-clear-button = Bersihkan jendela
scrollback-clear-tooltip = Hapus pesan yang ditampilkan dalam percakapan ini. Pesan yang tersimpan di komputer ini tidak dihapus.
scrollback-cleared = Jendela dibersihkan. Pesan yang tersimpan di komputer ini tidak dihapus.

## How a message travelled: the tooltip of every message

security-encrypted-verified = Pribadi: terenkripsi, dan Anda sudah memverifikasi kontak Anda
security-encrypted-unverified = Pribadi tetapi belum diverifikasi: terenkripsi, kontak Anda belum diverifikasi
security-not-encrypted = Tidak pribadi: server dapat membaca pesan ini

## Verifying a contact (the Socialist Millionaires' Protocol of OTR)

verify-dialog-title = Verifikasi kontak Anda
verify-dialog-verify-button = Verifikasi
verify-dialog-explanation = Ajukan pertanyaan yang hanya bisa dijawab oleh kontak Anda, atau biarkan pertanyaan kosong untuk memeriksa rahasia yang kalian sepakati secara langsung. Tidak ada orang lain yang tahu jawabannya, bahkan server pun tidak.
verify-question-placeholder = Pertanyaan (opsional)
verify-question-tooltip = Pertanyaan untuk kontak Anda
verify-secret-placeholder = Jawaban yang diharapkan atau rahasia bersama
verify-secret-tooltip = Jawaban yang diharapkan atau rahasia bersama
verify-fingerprints-explanation = Atau bandingkan sidik jari: bacakan satu sama lain lewat saluran yang Anda percayai (bertemu langsung atau lewat telepon). Jika sidik jari kontak Anda sama dengan yang ia bacakan, tekan "Sama".
verify-own-fingerprint = Sidik jari Anda: { $fingerprint }
verify-contact-fingerprint = Sidik jari kontak Anda: { $fingerprint }
verify-fingerprint-matches-button = Sama
verify-fingerprint-compromised-button = Kunci sudah dibobol
verification-request-question = { $peer } meminta Anda memverifikasi: { $question }
verification-request-secret = { $peer } meminta Anda memverifikasi dengan rahasia yang sudah kalian sepakati.
verification-answer-placeholder = Jawaban Anda
verification-answer-tooltip = Jawaban Anda untuk pertanyaan verifikasi
verification-answer-button = Jawab
verification-succeeded = Verifikasi berhasil: kontak Anda memberikan jawaban yang sama.
verification-failed = Verifikasi gagal: jawabannya berbeda, atau verifikasi dihentikan. Mungkin Anda sedang berbicara dengan orang lain.

## The server's certificate: a warning that may mean someone is intercepting

certificate-changed-title = Sertifikat server berubah
certificate-untrusted-title = Sertifikat server tidak tepercaya
certificate-changed-explanation = Server ini menunjukkan sertifikat yang berbeda dari yang pernah Anda terima. Mungkin ada yang menyadap koneksi. Jangan menyambung, kecuali administrator server sudah memberi tahu Anda bahwa sertifikatnya berubah.
certificate-details =
    { $explanation }

    Sidik jari (SHA-256):
    { $fingerprint }

    Diterbitkan untuk: { $subject }
    Diterbitkan oleh: { $issuer }
    Berlaku hingga: { $expiry }
certificate-do-not-connect = Jangan sambungkan
certificate-trust-button = Percayai sertifikat ini

## Errors: one sentence each, for someone who is not a computer expert

error-tor-unavailable = Tor tidak berjalan, atau tidak menjawab sebagaimana mestinya, jadi Otter tidak bisa menyambung. Otter tidak pernah menyambung tanpa Tor. Jalankan Tor (di Tails: sambungkan ke Tor) lalu coba lagi.
error-server-unreachable = Tor tidak dapat mencapai server. Mungkin alamatnya salah, atau servernya sedang mati. Coba lagi nanti.
error-certificate-untrusted = Sertifikat server tidak tepercaya. Mungkin ada yang menyadap koneksi, atau server memakai sertifikat yang tidak dikenal komputer Anda.
error-authentication-failed = Server menolak proses masuk. Periksa alamat dan kata sandinya.
error-peer-misbehaved = Server atau kontak mengirim sesuatu yang tidak diterima Otter, jadi Otter menghentikan koneksi ini.
error-limit-exceeded = Server atau kontak mengirim lebih banyak daripada yang diterima Otter sekaligus, jadi Otter menghentikan koneksi ini.
error-private-session-required = Pesan ini menunggu percakapan pribadi.
error-storage-failed = Otter tidak dapat membaca atau menyimpan pengaturannya di komputer ini.
error-timed-out = Ini terlalu lama. Mungkin Tor masih dimulai, atau jaringannya lambat. Coba lagi sebentar lagi.
error-internal = Terjadi kesalahan di dalam Otter. Mohon laporkan ke pengembang.

## Keeping a conversation on this computer (off unless the user turns it on)

history-keep-check = Simpan percakapan ini
history-keep-tooltip = Simpan pesan percakapan ini di folder Otter Anda mulai sekarang. Pesan pribadi (terenkripsi) tidak disimpan. Mati secara bawaan: tidak ada yang disimpan kecuali Anda menyalakannya.
history-delete-button = Hapus pesan tersimpan
history-delete-tooltip = Hapus semua pesan percakapan ini yang tersimpan di komputer ini
history-deleted = Pesan tersimpan dihapus.

## First run: the welcome, shown while there is no account

welcome-title = Selamat datang di { -app-name }
welcome-intro = { -app-name } hanya tersambung melalui Tor. Tambahkan akun untuk mulai mengobrol.
welcome-add-xmpp-button = Tambahkan akun XMPP yang sudah ada
welcome-add-xmpp-tooltip = Anda sudah punya alamat XMPP (Jabber) dan kata sandinya
welcome-create-xmpp-button = Buat akun XMPP baru
welcome-add-irc-button = Tambahkan jaringan IRC
welcome-add-irc-tooltip = Mengobrol di OFTC, Libera.Chat, atau jaringan IRC lain dengan nick terdaftar Anda

## Adding an account

account-dialog-xmpp-title = Tambahkan akun XMPP
account-dialog-irc-title = Tambahkan jaringan IRC
account-dialog-add-button = Tambahkan akun
account-address-placeholder = Alamat, misalnya nama@example.org
account-address-tooltip = Alamat XMPP Anda
account-nick-placeholder = Nick terdaftar Anda
account-nick-tooltip = Nick yang Anda daftarkan di jaringan ini
account-network-tooltip = Jaringan IRC
account-network-custom = Jaringan lain…
account-network-custom-placeholder = Server, misalnya irc.example.org
account-network-custom-tooltip = Nama server jaringan IRC
account-password-placeholder = Kata sandi
account-password-tooltip = Kata sandi akun
account-remember-password = Ingat kata sandi
account-remember-password-tooltip = Simpan kata sandi di folder Otter Anda, agar Anda tidak perlu mengetiknya lagi. Di Tails, lakukan ini hanya jika Penyimpanan Persisten dinyalakan. Mati: Anda mengetiknya setiap kali menyambung.
account-advanced = Lanjutan
account-host-placeholder = Sambungkan ke server (opsional)
account-host-tooltip = Sambungkan ke server ini, bukan ke server yang ada di alamat
account-port-placeholder = Port (opsional)
account-port-tooltip = Nomor port di server tersebut
account-advanced-help = Hanya perlu jika penyedia Anda memintanya. Nama dicari melalui Tor; Tor tidak bisa mencari catatan DNS SRV, jadi jika penyedia Anda memakainya, ketik server dan port-nya di sini.

## Why an account cannot be added yet: shown under the fields as the user types

account-problem-address-empty = Ketik alamat Anda.
account-problem-address-form = Alamat XMPP berbentuk nama@example.org: sebuah nama, "@", lalu servernya.
account-problem-address-spaces = Alamat tidak berisi spasi.
account-problem-nick-empty = Ketik nick Anda.
account-problem-nick-form = Nick tidak berisi spasi atau "@", dan tidak diawali angka atau "-".
account-problem-network-empty = Ketik server jaringan, misalnya irc.example.org.
account-problem-password-empty = Ketik kata sandi.
account-problem-host-form = Server adalah nama seperti xmpp.example.org, tanpa spasi, "/", atau ":".
account-problem-port-form = Port adalah angka dari 1 sampai 65535.
account-problem-irc-password = Ketik kata sandi nick terdaftar Anda: { -app-name } masuk dengan kata sandi itu.

## Rooms (group chats): never private

sidebar-rooms-heading = Obrolan grup
rooms-join-button = Gabung ke obrolan grup…
rooms-join-tooltip = Bergabung ke obrolan grup dengan salah satu akun XMPP Anda
room-open-tooltip = Buka obrolan grup ini (bergabung jika Anda belum ada di dalamnya)
room-join-dialog-title = Gabung ke obrolan grup
room-join-dialog-button = Gabung
room-join-explanation = Tidak ada yang pribadi dalam obrolan grup: semua orang di dalamnya, dan server, membaca setiap pesan.
room-account-tooltip = Akun yang dipakai untuk bergabung
room-address-placeholder = Alamat obrolan grup, misalnya { $example }
room-address-tooltip = Alamat obrolan grup
room-nick-placeholder = Nick Anda di obrolan grup
room-nick-tooltip = Nama yang dilihat orang lain di obrolan grup
room-password-placeholder = Kata sandi obrolan grup (hanya jika ada)
room-password-tooltip = Kata sandi obrolan grup, jika ada
room-bookmark-check = Simpan di obrolan grup saya
room-autojoin-check = Bergabung otomatis saat saya tersambung
room-problem-address = Alamat obrolan grup berbentuk nama@conference.example.org: sebuah nama, "@", lalu servernya.
room-problem-nick = Ketik nick yang ingin Anda pakai di obrolan grup.
room-not-private-banner = Tidak pribadi: semua orang di obrolan grup ini, dan server, dapat membaca setiap pesan. Percakapan pribadi (OTR) tidak mungkin dilakukan di obrolan grup.
room-warning-address-visible = Semua orang di obrolan grup ini dapat melihat alamat asli Anda.
room-warning-logged = Obrolan grup ini dicatat secara publik: apa yang Anda katakan mungkin dipublikasikan.
room-warning-created = Anda membuat obrolan grup ini.
room-warning-nick-changed = Obrolan grup memberi Anda nick lain: { $nick }
room-joined-as = Anda berada di obrolan grup ini sebagai { $nick }.
room-joining = Bergabung…
room-topic = Topik: { $topic }
room-topic-none = Tidak ada topik
room-topic-set = { $nick } mengubah topik: { $topic }
room-occupants-count = { $count ->
   *[other] { $count } orang di sini
}
room-occupants-tooltip = Orang di obrolan grup ini
room-occupant-moderator = { $nick } (moderator)
room-occupant-participant = { $nick }
room-occupant-visitor = { $nick } (hanya bisa membaca)
room-message = { $nick }: { $text }
room-message-history = { $nick } (sebelumnya): { $text }
room-message-from-room = Pesan dari obrolan grup: { $text }
room-occupant-joined = { $nick } bergabung
room-occupant-left = { $nick } keluar
room-occupant-renamed = { $from } sekarang bernama { $to }
room-leave-button = Keluar dari obrolan grup
room-leave-tooltip = Keluar dari obrolan grup ini; Anda bisa bergabung lagi nanti
room-compose-tooltip = Ketik pesan untuk semua orang di obrolan grup
room-left-left = Anda keluar dari obrolan grup.
room-left-kicked = Seorang moderator mengeluarkan Anda dari obrolan grup.
room-left-banned = Anda diblokir dari obrolan grup ini.
room-left-removed = Anda tidak lagi diizinkan berada di obrolan grup ini.
room-left-shutdown = Server obrolan grup dimatikan.
room-left-destroyed = Obrolan grup ini ditutup.
room-left-too-many = Obrolan grup ini punya lebih banyak orang daripada yang bisa diikuti { -app-name }, jadi { -app-name } keluar darinya.
room-left-disconnected = Anda tidak lagi di obrolan grup: akun menjadi luring.
room-error-nick-in-use = Seseorang di obrolan grup ini sudah memakai nick itu. Pilih nick lain.
room-error-password = Obrolan grup ini memerlukan kata sandi, atau kata sandinya salah.
room-error-banned = Anda diblokir dari obrolan grup ini.
room-error-not-found = Tidak ada obrolan grup di alamat ini.
room-error-members-only = Hanya anggota yang boleh bergabung ke obrolan grup ini.
room-error-full = Obrolan grup ini sudah penuh.
room-error-creation-refused = Server tidak mengizinkan Anda membuat obrolan grup ini.
room-error-nick-refused = Obrolan grup tidak menerima nick ini. Pilih nick lain.
room-error-message-refused = Obrolan grup tidak menerima pesan Anda: mungkin Anda tidak diizinkan berbicara di sana.
room-error-other = Obrolan grup menolak: { $condition }
room-problem = { $room }: { $error }
room-topic-button = Ubah topik…
room-topic-button-tooltip = Beri obrolan grup ini topik lain, yang dilihat semua orang di dalamnya
room-topic-dialog-title = Topik { $room }
room-topic-entry = Topik baru (kosong: tanpa topik)
room-topic-entry-tooltip = Topik yang dilihat semua orang di obrolan grup
room-topic-dialog-button = Tetapkan topik
room-nick-button = Ubah nick…
room-nick-button-tooltip = Tampil dengan nick lain di obrolan grup ini
room-nick-dialog-title = Nick Anda di { $room }
room-nick-irc-explanation = Di IRC nick Anda berlaku untuk seluruh jaringan: nick berubah di semua kanal akun ini.
room-nick-dialog-button = Pakai nick ini
room-invite-button = Undang…
room-invite-button-tooltip = Undang seseorang ke obrolan grup ini
room-invite-dialog-title = Undang seseorang ke { $room }
room-invite-address = Alamatnya, misalnya nama@example.org
room-invite-address-tooltip = Alamat orang yang Anda undang
room-reason-entry = Alasan (opsional)
room-invite-reason-tooltip = Beberapa kata yang dikirim bersama undangan
room-invite-dialog-button = Kirim undangan
room-invite-problem-address = Alamat berbentuk nama@example.org: sebuah nama, "@", lalu servernya.
room-invite-sent = Undangan dikirim ke { $address }.
room-occupant-actions = Tindakan untuk { $nick }
room-action-kick = Keluarkan dari obrolan grup
room-action-ban = Blokir dari obrolan grup
room-action-grant-voice = Izinkan bicara
room-action-revoke-voice = Larang bicara
room-action-grant-moderator = Jadikan moderator
room-action-revoke-moderator = Cabut status moderator
room-kick-dialog-title = Keluarkan { $nick } dari obrolan grup?
room-kick-explanation = Mereka bisa kembali. Semua orang di obrolan grup melihat bahwa Anda mengeluarkan mereka, beserta alasan Anda.
room-kick-button = Keluarkan
room-ban-dialog-title = Blokir { $nick } dari obrolan grup?
room-ban-explanation = Mereka tidak bisa kembali sampai administrator mencabut blokirnya. Semua orang di obrolan grup melihat bahwa Anda memblokir mereka, beserta alasan Anda.
room-ban-button = Blokir
room-moderation-reason-tooltip = Alasannya: semua orang di obrolan grup melihatnya
room-occupant-now-moderator = { $nick } sekarang moderator.
room-occupant-now-participant = { $nick } boleh bicara.
room-occupant-now-visitor = { $nick } sekarang hanya bisa membaca.
room-occupant-kicked = { $nick } dikeluarkan dari obrolan grup.
room-occupant-banned = { $nick } diblokir dari obrolan grup.
room-refused-configure = Obrolan grup tidak menerima pengaturan bawaannya, jadi tetap tertutup bagi orang lain.
room-refused-kick = Obrolan grup tidak mengizinkan Anda mengeluarkan orang itu.
room-refused-ban = Obrolan grup tidak mengizinkan Anda memblokir orang itu.
room-refused-voice = Obrolan grup tidak mengizinkan Anda mengubah siapa yang boleh bicara.
room-refused-moderator = Obrolan grup tidak mengizinkan Anda mengubah siapa yang memoderasi.
room-refused-invite = Obrolan grup tidak meneruskan undangan Anda.
room-refused-destroy = Obrolan grup tidak mengizinkan Anda menutupnya.
room-refused-subject = Obrolan grup tidak mengizinkan Anda mengubah topik.
room-refused-configuration = Obrolan grup tidak mengizinkan Anda melihat atau mengubah pengaturannya.
room-refused-rights = Anda tidak punya hak untuk itu di sini.
room-refused-later = Coba lagi sebentar lagi.
room-refused-condition = Obrolan grup menjawab: { $condition }
rooms-channels-button = Kanal IRC…
rooms-channels-tooltip = Cari kanal di jaringan IRC yang tersambung dengan Anda, lalu masuk ke salah satunya
room-channels-dialog-title = Kanal IRC
room-channels-explanation = Tidak ada yang dikatakan di kanal yang bersifat pribadi: semua orang di dalamnya, dan jaringannya, membaca setiap pesan.
room-channels-network-tooltip = Jaringan IRC yang dicari
room-channels-search-placeholder = Bagian dari nama kanal (kosong: semua)
room-channels-search-tooltip = Cari kanal jaringan berdasarkan nama
room-channels-search-button = Cari
room-channels-no-network = Sambungkan jaringan IRC terlebih dahulu: kanalnya didaftar melalui jaringan itu.
room-channels-searching = Menanyai jaringan…
room-channels-count = { $count } kanal ditemukan.
room-channels-truncated = Ada lebih banyak kanal yang cocok daripada yang bisa ditampilkan; ini { $count } yang pertama. Ketik lebih banyak dari namanya untuk mempersempit pencarian.
room-channels-row = { $room } ({ $people } orang): { $topic }
room-channels-join-button = Masuk
room-channels-join = Masuk ke { $room }

## Preferences (Ctrl+comma)

prefs-title = Preferensi
prefs-button = Preferensi
prefs-button-tooltip = Pengaturan privasi dan percakapan tersimpan
prefs-require-private = Wajibkan percakapan pribadi dengan semua orang
prefs-require-private-explanation = Jika dinyalakan, tidak ada pesan ke kontak yang keluar tanpa enkripsi: pesan menunggu sampai percakapan pribadi (OTR) terjalin. Obrolan grup tidak pernah pribadi dan pengaturan ini tidak mengubahnya.
prefs-require-private-unknown = Setengah: jendela ini tidak tahu apakah Anda menyalakan ini di sesi sebelumnya. Pilih nyala atau mati.
prefs-delete-all-button = Hapus semua percakapan tersimpan
prefs-delete-all-tooltip = Hapus semua pesan yang tersimpan di komputer ini, dari semua percakapan
prefs-delete-all-confirm-title = Hapus semua percakapan tersimpan?
prefs-delete-all-confirm-body = Semua pesan yang tersimpan di komputer ini akan dihapus. Tindakan ini tidak dapat dibatalkan.
prefs-delete-all-confirm-button = Hapus semuanya
prefs-language = Bahasa
prefs-language-system = Sama dengan sistem
prefs-language-next-start = { -app-name } akan memakai bahasa ini saat dijalankan berikutnya.
dialog-close = Tutup

## A profile Otter cannot open

profile-problem-title = Otter tidak dapat membuka pengaturan Anda
profile-damaged-explanation = Berkas di { $folder } tempat Otter menyimpan akun, kontak, dan kunci tepercaya Anda rusak.
profile-newer-explanation = Berkas di { $folder } tempat Otter menyimpan akun, kontak, dan kunci tepercaya Anda ditulis oleh versi Otter yang lebih baru, yang tidak dapat dibaca oleh versi ini.
profile-set-aside-explanation = Otter dapat memindahkannya, bersama kunci privat dan riwayat yang Anda simpan, ke folder baru di dalamnya, lalu mulai tanpa akun. Tidak ada yang dihapus.
profile-set-aside-button = Pindahkan dan mulai tanpa akun
profile-quit-button = Keluar

## Unread messages and notifications

sidebar-contact-unread = { $name }, { $count ->
   *[other] { $count } pesan belum dibaca
}
notification-new-message = Pesan baru
notification-new-message-from = Pesan baru dari { $name }
prefs-notify-sender = Tampilkan siapa yang menulis di notifikasi
prefs-notify-sender-explanation = Jika dimatikan, notifikasi hanya berkata “Pesan baru”, sehingga orang yang melihat layar Anda tidak tahu siapa yang menulis. Isi pesan tidak pernah ditampilkan di notifikasi.

## Links in messages: asked before anything opens outside Otter

link-open-title = Buka tautan ini di luar Otter?
link-open-body = { $address } akan dibuka di peramban web Anda, di luar Otter. Peramban mungkin tidak tersambung lewat Tor, dan situs web itu akan tahu bahwa seseorang membuka tautannya.
link-open-button = Buka tautan

## Creating an XMPP account on its server (in-band registration)

welcome-create-xmpp-tooltip = Buat akun baru di server XMPP, lewat Tor
account-dialog-create-title = Buat akun XMPP
account-dialog-create-button = Buat akun
account-random-name-button = Nama acak
account-random-name-tooltip = Isi nama karangan yang tidak mengungkap apa pun tentang Anda, untuk akun sekali pakai
account-password-repeat-placeholder = Ulangi kata sandi
account-password-repeat-tooltip = Ketik kata sandi sekali lagi, agar yakin
account-problem-password-mismatch = Kedua kata sandi berbeda.
registration-started = Membuat { $address } di servernya lewat Tor…
registration-succeeded = { $address } sudah dibuat dan ditambahkan.
registration-name-taken = Nama itu sudah dipakai di server ini: pilih yang lain.
registration-not-acceptable = Server tidak menerima nama atau kata sandi ini.
registration-closed = Server ini tidak mengizinkan pembuatan akun dari sini. Buat akun di situs web server (di Tor Browser), lalu tambahkan.
registration-too-many = Terlalu banyak akun dibuat baru-baru ini dari pintu keluar Tor ini. Coba lagi nanti.
registration-cannot-show-form = Server meminta sesuatu yang tidak bisa ditampilkan Otter (misalnya gambar untuk dibaca). Buat akun di situs web server (di Tor Browser), lalu tambahkan.
registration-not-saved = Akun sudah dibuat, tetapi Otter tidak bisa menyimpannya: tambahkan dengan “Tambahkan akun XMPP yang sudah ada”.
registration-failed = Tidak bisa membuat { $address }: { $reason }

## Presence and requests

sidebar-status-label = Status Anda
presence-available = Tersedia
presence-away = Pergi
presence-busy = Sibuk
presence-offline = Luring
contact-request = { $peer } ingin menambahkan Anda sebagai kontak dan melihat kapan Anda daring.
contact-request-accept = Terima
contact-request-refuse = Tolak
room-invitation = { $from } mengundang Anda ke obrolan grup { $room }.
room-invitation-unknown = Anda diundang ke obrolan grup { $room }.
room-invitation-join = Masuk
room-invitation-ignore = Abaikan

## The password prompt

password-prompt-title = Kata sandi untuk { $address }
password-prompt-body = Ketik kata sandi { $address }. Otter hanya menyimpannya sampai ditutup; kata sandi tidak disimpan ke disk.

## Verification under way

verification-in-progress = Memverifikasi kontak Anda…
verification-stop-button = Hentikan verifikasi

## How far a sent message got

message-state-server = { $security } Server sudah menerimanya.
message-state-delivered = { $security } Sudah sampai di perangkat kontak Anda.
message-own-elsewhere = saya, di perangkat lain: { $text }

## Perintah di kotak tulis (baris yang diawali "/")

command-unknown = { $command } bukan perintah yang dikenal Otter. Tidak ada yang dikirim. Untuk mengirim baris yang diawali "/", awali dengan "//".
command-unsupported = { $command } belum tersedia di sini. Tidak ada yang dikirim.
command-incomplete = { $command } perlu kata-kata lagi, misalnya: { $example }. Tidak ada yang dikirim.
command-room-only = { $command } hanya berfungsi di obrolan grup. Tidak ada yang dikirim.

## Pemberitahuan mengetik

typing-notice = { $peer } sedang mengetik…
prefs-share-typing = Bagikan pemberitahuan mengetik
prefs-send-receipts = Kirim tanda terima
prefs-activity-explanation = Pemberitahuan mengetik memberi tahu kontak Anda saat Anda sedang menulis kepada mereka; tanda terima memberi tahu mereka saat pesan mereka sampai di komputer ini. Keduanya menunjukkan kapan Anda ada di depan keyboard. Mati kecuali Anda menyalakannya. Obrolan grup tidak pernah menerimanya.

## Pindah cepat (Ctrl+K)

switcher-title = Buka percakapan
switcher-search-placeholder = Nama atau alamat
switcher-search-tooltip = Ketik sebagian nama atau alamat kontak, obrolan grup, atau kanal, lalu tekan Enter
switcher-row = { $name } ({ $address })
switcher-nothing = Tidak ada yang cocok.

## Mengubah akun

account-edit-button = Ubah
account-edit-tooltip = Ubah server, port, enkripsi, atau kata sandi tersimpan { $address }
account-edit-title = Ubah { $address }
account-edit-save = Simpan perubahan
account-direct-tls = Gunakan TLS sejak awal (TLS langsung)
account-direct-tls-tooltip = Hanya jika penyedia Anda menawarkan XMPP di port TLS, biasanya 5223. Jika tidak, Otter memulai TLS di port biasa (STARTTLS). Bagaimanapun, sambungan tetap terenkripsi.
account-edit-password-remembered = Otter menyimpan kata sandi akun ini.
account-edit-password-not-remembered = Otter tidak menyimpan kata sandi akun ini; kata sandi ditanyakan setiap kali dimulai.
account-edit-password-keep = Biarkan apa adanya
account-edit-password-forget = Lupakan kata sandi
account-edit-password-remember = Simpan kata sandi
account-edit-password-tooltip = Kata sandi yang disimpan untuk akun ini

## Copy buttons and an IRC account's client certificate

copy-button = Salin
copy-done = Tersalin
verify-copy-own-tooltip = Salin sidik jari Anda
verify-copy-contact-tooltip = Salin sidik jari kontak Anda
client-certificate-button = Sertifikat klien…
client-certificate-button-tooltip = Masuk ke jaringan ini dengan sertifikat, bukan dengan kata sandi Anda
client-certificate-title = Sertifikat klien untuk { $address }
client-certificate-explanation = Otter membuat sertifikat untuk akun ini dan menyimpannya bersama pengaturan Anda. Daftarkan sertifikat ini sekali ke layanan jaringan, selagi Anda masuk dengan kata sandi: kirimkan perintah di bawah kepada mereka (tempelkan di percakapan mana pun di jaringan ini).
client-certificate-fingerprint = Sidik jari (SHA-256): { $fingerprint }
client-certificate-command = Perintah: { $command }
client-certificate-copy-fingerprint = Salin sidik jari sertifikat
client-certificate-copy-command = Salin perintah
client-certificate-after = Mulai koneksi berikutnya, Otter masuk dengan sertifikat (SASL EXTERNAL) dan tidak perlu mengirim kata sandi Anda. Siapa pun yang memiliki salinan folder pengaturan Otter dapat masuk sebagai Anda: jaga folder itu seaman kata sandi Anda.

## Grup kontak

contacts-group-none = Kontak lain
contact-group-menu = Pindahkan ke grup…
contact-group-menu-tooltip = Masukkan kontak ini ke sebuah grup di daftar kontak Anda
contact-group-title = Pindahkan ke grup
contact-group-explanation = Pilih grup untuk { $name }: ketik namanya, atau pilih salah satu grup Anda di bawah. Biarkan kosong untuk tanpa grup. Aplikasi XMPP Anda yang lain menampilkan grup yang sama.
contact-group-label = Grup
contact-group-placeholder = Tanpa grup
contact-group-tooltip = Nama grup, baru atau yang sudah ada
contact-group-known = Grup Anda
contact-group-move = Pindahkan
contact-group-not-listed = Hanya kontak di daftar kontak akun XMPP yang bisa dimasukkan ke grup.

## The proxy (preferences)

prefs-proxy-expander = Proksi (lanjutan)
prefs-proxy-explanation = Otter hanya terhubung melalui port SOCKS Tor. Kecuali Anda mengubahnya di sini, port itu adalah 127.0.0.1:9050, tempat Tor milik Tails mendengarkan; Tor milik Tor Browser mendengarkan di 127.0.0.1:9150. Masukkan alamat IP dan port: Otter tidak pernah mencari nama di luar Tor.
prefs-proxy-in-use = Otter terhubung melalui { $address }.
prefs-proxy-fixed = Untuk kali ini Otter terhubung melalui { $address }, yang diberikan saat dijalankan. Proksi yang disimpan di sini berlaku mulai saat berikutnya Otter dijalankan tanpa itu.
prefs-proxy-placeholder = 127.0.0.1:9050
prefs-proxy-tooltip = Alamat IP dan port proksi SOCKS5 (Tor)
prefs-proxy-use-button = Gunakan proksi ini
prefs-proxy-default-button = Kembali ke 127.0.0.1:9050
prefs-proxy-invalid = Masukkan alamat IP dan port, misalnya 127.0.0.1:9150.
prefs-proxy-reconnect = Akun yang sekarang terhubung tetap memakai koneksinya sampai terhubung ulang.

## Room settings (the room's configuration form) and destroying a room

room-create-heading = Jika ini membuat obrolan grup baru:
room-create-defaults = Terima konfigurasi bawaan
room-create-defaults-tooltip = Obrolan grup baru langsung dibuka dengan pengaturan biasa dari server
room-create-configure = Atur obrolan grup…
room-create-configure-tooltip = Otter menampilkan pengaturan obrolan grup baru terlebih dulu; tidak ada orang lain yang bisa masuk sampai Anda menyimpannya
room-settings-button = Pengaturan obrolan grup…
room-settings-button-tooltip = Lihat dan ubah pengaturan obrolan grup ini (milik Anda)
room-form-title = Pengaturan { $room }
room-form-save = Simpan pengaturan
room-form-new-room = Obrolan grup ini baru: tidak ada orang lain yang bisa masuk sampai Anda menyimpan pengaturannya. Batal menghapus obrolan grup ini.
room-form-required = (wajib)
room-form-not-set = Belum diatur
room-form-left-out = Pengaturan yang tidak ditampilkan di sini: { $count }. Nilainya tetap.
room-form-problem-required = Isi: { $name }
room-form-problem-address = Bukan alamat (nama@server, satu per baris): { $name }
room-form-saved = Obrolan grup menerima pengaturan barunya.
room-destroy-tool-button = Hapus obrolan grup…
room-destroy-tool-tooltip = Keluarkan semua orang dari obrolan grup ini lalu hapus (milik Anda)
room-destroy-dialog-title = Hapus { $room }?
room-destroy-explanation = Semua orang dikeluarkan dan obrolan grup ini hilang: namanya bebas dipakai siapa saja lagi. Ini tidak bisa dibatalkan.
room-destroy-reason-tooltip = Alasan: semua orang di obrolan grup melihatnya saat dikeluarkan
room-destroy-button = Hapus obrolan grup
room-left-destroyed-moved = Obrolan grup ini ditutup. Para pesertanya diminta pindah ke { $room }.

## IRC in the window: networks without a password, channels by name, invitations
account-irc-no-password = Tanpa kata sandi: { -app-name } tersambung hanya dengan nick, tanpa masuk
account-irc-no-password-tooltip = Untuk jaringan tanpa akun, atau nick yang tidak pernah Anda daftarkan. Nick yang pernah masuk tidak akan dipakai tanpa kata sandinya.
room-join-connect-first = Hubungkan akun XMPP atau jaringan IRC dulu: ruang dan kanal dimasuki melaluinya.
room-channel-placeholder = Kanal, misalnya #otter
room-channel-tooltip = Nama kanal di jaringan ini, diawali dengan #
room-key-placeholder = Kunci kanal (hanya jika ada)
room-key-tooltip = Kunci kanal, jika ada
room-problem-channel = Nama kanal diawali # (atau &) tanpa spasi atau koma, misalnya #otter.
room-invite-nick = Nick orang itu
room-invite-nick-tooltip = Nick orang yang diundang
room-invite-problem-nick = Ketik nick orang itu: tanpa spasi, dan tidak diawali angka atau #.
error-irc-login-needed = Nick ini pernah masuk sebelumnya, jadi { -app-name } hanya menyambungkannya dengan kata sandinya.

## The join dialog: the account's room service

room-service-line = Ruang di server ini: { $service }
room-service-copy-tooltip = Salin alamat layanan ruang server ini

## IRC: NickServ sebagai cara masuk cadangan
account-irc-nickserv-fallback = Identifikasi ke NickServ jika jaringan tidak punya SASL
account-irc-nickserv-fallback-help = Hanya untuk jaringan tanpa SASL. SASL lebih aman: Anda masuk sebelum nick Anda terlihat, dan kata sandi hanya dikirim ke server. Dengan NickServ, nick Anda terlihat sebelum Anda teridentifikasi, dan kata sandi dikirim ke siapa pun yang menjawab sebagai NickServ. Tidak pernah dipakai jika jaringan menawarkan SASL.

## IRC: layanan Onion tanpa TLS, hanya jika diizinkan
account-irc-onion-plaintext = Sambungkan tanpa TLS (hanya layanan Onion)
account-irc-onion-plaintext-warning = Layanan Onion ini tidak memakai TLS: Tor mengenkripsi sambungan ke sana, tetapi identitas server hanyalah alamat .onion-nya. Hanya untuk jaringan yang layanan Onion-nya mendengarkan tanpa TLS; kata sandi Anda lalu dikirim lewat sambungan itu.
account-problem-plaintext-not-onion = Sambungan tanpa TLS hanya untuk layanan Onion: nama server harus berakhiran .onion.

## Temporary XMPP accounts (SASL ANONYMOUS)

account-temporary = Akun sementara (tanpa kata sandi; alamat acak baru di setiap koneksi)
account-temporary-help = Untuk server yang mengizinkannya: server memberi Anda alamat baru setiap kali Anda terhubung dan melupakannya, beserta kontaknya, saat Anda memutus koneksi.
account-temporary-server-placeholder = Server, misalnya example.org
account-temporary-server-tooltip = Nama server yang mengizinkan akun sementara
account-problem-temporary-server = Ketik nama servernya saja, misalnya example.org.
account-status-online-as = Daring sebagai { $address }
error-temporary-not-allowed = Server ini tidak mengizinkan akun sementara.

## IRCv3: netsplit dan netjoin, penolakan server, undangan yang terlihat di kanal

room-netsplit = { $count ->
   *[other] { $count } orang keluar: netsplit antara { $first } dan { $second }
}
room-netjoin = { $count ->
   *[other] { $count } orang kembali
}
server-refused = Server menolak { $command }: { $description }
room-invited-other = { $by } mengundang { $nick }

## IRC commands in the composer: /whois and /mode

whois-user = { $nick } adalah { $mask }
whois-not-found = Saat ini tidak ada yang memakai nick { $nick } di jaringan ini.
whois-realname = Nama asli: { $name }
whois-account = Masuk sebagai { $account }
whois-channels = Kanal: { $channels }
whois-channels-truncated = Kanal ({ $count } pertama): { $channels }
whois-server = Server: { $server }
whois-idle = Diam selama { $seconds } dtk
whois-away = Sedang pergi: { $message }
whois-secure = Terhubung ke servernya dengan TLS
room-modes = Mode kanal: { $modes }
room-bans-none = Tidak ada yang diblokir dari { $room }.
room-bans-count = Blokir di { $room }: { $count }
room-bans-entry = { $mask }, dipasang oleh { $by }
room-bans-truncated = Daftarnya lebih panjang; hanya { $count } pertama yang ditampilkan.
room-refused-modes = Kanal tidak mengizinkan Anda mengubah modenya: hanya operatornya yang bisa.

## IRC command /raw: one line as typed, after a confirmation

command-raw-control = Baris untuk /raw tidak boleh berisi ganti baris atau NUL: baris itu akan menjadi dua perintah. Tidak ada yang dikirim.
command-raw-too-long = Baris untuk /raw paling panjang 510 bita. Tidak ada yang dikirim.
command-raw-private = /raw tidak mengirim pesan atau notice ke seseorang: itu akan melewati percakapan pribadi (OTR). Tulislah di percakapan dengannya. Tidak ada yang dikirim.
command-raw-prefixed = Baris untuk /raw diawali perintahnya, bukan @ atau :. Tidak ada yang dikirim.
raw-confirm-title = Kirim baris tanpa diperiksa?
raw-confirm-body = /raw mengirim apa yang Anda ketik ke jaringan IRC persis apa adanya. { -app-name } tidak memeriksa akibatnya: perintah yang salah bisa mengubah akun atau kanal Anda, atau memberi tahu jaringan lebih dari yang Anda maksud. Pesan ke orang tetap hanya lewat percakapan dengan mereka. Sampai Anda keluar, baris /raw dikirim tanpa ditanya lagi.
raw-confirm-button = Kirim tanpa diperiksa

## IRC: someone changes a channel's modes

room-mode-op-given = { $by } menjadikan { $nick } operator kanal.
room-mode-op-taken = { $by } mencopot { $nick } sebagai operator kanal.
room-mode-voice-given = { $by } mengizinkan { $nick } berbicara (voice).
room-mode-voice-taken = { $by } melarang { $nick } berbicara (voice dicabut).
room-mode-ban = { $by } memblokir { $mask }.
room-mode-unban = { $by } mencabut blokir untuk { $mask }.
room-mode-set = { $by } memasang mode { $modes }
room-mode-set-more = { $by } memasang mode { $modes } dan { $count } lainnya
room-mode-by-server = Server

## IRC command /who

who-count = { $target }: { $count } orang
who-none = Saat ini tidak ada yang cocok dengan { $target } di jaringan ini.
who-person = { $nick } ({ $mask }) { $name }
who-person-away = { $nick } ({ $mask }, sedang pergi) { $name }
who-truncated = Daftarnya lebih panjang; hanya { $count } yang pertama ditampilkan.
