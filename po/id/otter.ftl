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

## Writing a message, under the conversation

compose-placeholder = Pesan
compose-tooltip = Ketik pesan
compose-send-button = Kirim

## Messages in a conversation

message-received = { $peer }: { $text }
message-own = saya: { $text }
message-own-waiting = saya: { $text } (menunggu percakapan pribadi)
message-own-held-ended = saya: { $text } (tidak dikirim: kontak Anda mengakhiri percakapan pribadi)
message-own-held-compromised = saya: { $text } (tidak dikirim: kunci kontak Anda ditandai sudah dibobol)
message-own-held-offline = saya: { $text } (tidak dikirim: akun sedang luring)
message-own-failed = saya: { $text } (tidak dikirim)
message-own-discarded = saya: { $text } (dibuang, tidak dikirim)

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
