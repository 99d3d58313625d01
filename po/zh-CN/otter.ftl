# Otter 界面，简体中文。
# 来源：po/en-US/otter.ftl（译者须知见该文件）。
# 术语：po/GLOSSARY.md。

## Terms

-app-name = Otter

## The window

window-title = { -app-name }
window-title-conversation = { -app-name } — { $peer }

## Tor status line, at the top of the window

tor-status-checking = 正在检查 Tor 是否在运行…
tor-status-ready = 已连接到 Tor。所有连接都经过 Tor，每个账户使用各自的线路。
tor-status-not-isolating = 已连接到一个不隔离各账户的 SOCKS 代理：它可能不是 Tor。

## Sidebar: accounts and contacts

sidebar-accounts-heading = 账户
sidebar-contacts-heading = 联系人
sidebar-open-address-placeholder = 与…聊天（XMPP 地址或 IRC 昵称）
sidebar-open-address-tooltip = 要聊天的联系人的地址
sidebar-contact-with-name = { $name }（{ $address }）

## One row per account in the sidebar

account-connect-button = 连接
account-disconnect-button = 断开
account-connect-tooltip = 通过 Tor 连接 { $address }
account-status-offline = 离线
account-status-connecting = 正在通过 Tor 连接…
account-status-online = 在线
account-status-failed = 未连接：{ $reason }

## Importing from Pidgin

pidgin-import-button = 从 Pidgin 导入
pidgin-import-button-tooltip = 从 { $directory } 导入你的 Pidgin 账户、联系人、群聊和 OTR 密钥
pidgin-import-dialog-title = 从 Pidgin 导入
pidgin-import-dialog-body = Otter 将导入你的账户、联系人、群聊、OTR 密钥和已验证的联系人。Pidgin 可能还保存了密码：只有当这台电脑的存储已加密时（在 Tails 中：持久存储），才一并导入密码。Pidgin 的聊天记录不会被复制：除非你要求，Otter 不保存任何记录。
pidgin-import-without-passwords = 导入，不含密码
pidgin-import-with-passwords = 导入，包括密码
pidgin-imported =
    已从 Pidgin 导入：{ $accounts ->
       *[other] { $accounts } 个账户
    }（{ $skipped } 个已存在），{ $contacts ->
       *[other] { $contacts } 位联系人
    }，{ $rooms ->
       *[other] { $rooms } 个群聊
    }。

## Dialog buttons shared by several dialogs

dialog-cancel = 取消

## The conversation pane

conversation-none-open = 没有打开的对话
conversation-title = 与 { $peer } 的对话
conversation-start-private-button = 开始私密对话
conversation-end-private-button = 结束私密对话
conversation-verify-button = 验证联系人
conversation-verify-button-tooltip = 确认你正在与对的人交谈：提出一个只有对方能回答的问题，或核对你们约定的秘密
conversation-key-changed = 警告：{ $peer } 使用的密钥与你验证过的不同。这可能是一台新设备，也可能是别人。在说任何私密内容之前，请重新验证你的联系人。

## What is private: the line above the messages. It must never say more than is true.

privacy-not-private = 不私密：此对话中的消息没有端到端加密。服务器可以读取它们。
privacy-private-unverified = 私密但未验证：消息已加密（OTR），但你尚未验证联系人的身份。
privacy-private-verified = 私密且已验证：消息已加密（OTR），并且你已验证联系人。
privacy-finished = 你的联系人已结束私密对话。在你也结束它或开始新的私密对话之前，你输入的任何内容都不会被发送。
privacy-compromised = 不安全：你已将联系人使用的密钥标记为已泄露。你输入的任何内容都不会被发送。请结束此对话，并重新验证你的联系人。

## Writing a message, under the conversation

compose-placeholder = 消息
compose-tooltip = 输入消息
compose-send-button = 发送

## Messages in a conversation

message-received = { $peer }：{ $text }
message-own = 我：{ $text }
message-own-waiting = 我：{ $text }（等待私密对话）
message-own-held-ended = 我：{ $text }（未发送：联系人已结束私密对话）
message-own-held-compromised = 我：{ $text }（未发送：联系人的密钥已被标记为已泄露）
message-own-held-offline = 我：{ $text }（未发送：账户离线）
message-own-failed = 我：{ $text }（未发送）
message-own-discarded = 我：{ $text }（已丢弃，未发送）

## How a message travelled: the tooltip of every message

security-encrypted-verified = 私密：已加密，且你已验证联系人
security-encrypted-unverified = 私密但未验证：已加密，联系人尚未验证
security-not-encrypted = 不私密：服务器可以读取这条消息

## Verifying a contact (the Socialist Millionaires' Protocol of OTR)

verify-dialog-title = 验证你的联系人
verify-dialog-verify-button = 验证
verify-dialog-explanation = 提出一个只有你的联系人能回答的问题，或将问题留空，以核对你们当面约定的秘密。其他任何人都不会知道答案，包括服务器。
verify-question-placeholder = 问题（可选）
verify-question-tooltip = 向联系人提出的问题
verify-secret-placeholder = 预期的答案或共享的秘密
verify-secret-tooltip = 预期的答案或共享的秘密
verify-fingerprints-explanation = 或者比对指纹：通过你信任的渠道（当面或打电话）互相念给对方听。如果联系人的指纹与对方念出的一致，请点击“一致”。
verify-own-fingerprint = 你的指纹：{ $fingerprint }
verify-contact-fingerprint = 联系人的指纹：{ $fingerprint }
verify-fingerprint-matches-button = 一致
verify-fingerprint-compromised-button = 密钥已泄露
verification-request-question = { $peer } 请求你验证：{ $question }
verification-request-secret = { $peer } 请求你用约定的秘密进行验证。
verification-answer-placeholder = 你的回答
verification-answer-tooltip = 你对验证问题的回答
verification-answer-button = 回答
verification-succeeded = 验证成功：你的联系人给出了相同的答案。
verification-failed = 验证失败：答案不一致，或验证被中止。你可能正在与别人交谈。

## The server's certificate: a warning that may mean someone is intercepting

certificate-changed-title = 服务器的证书已改变
certificate-untrusted-title = 服务器的证书不受信任
certificate-changed-explanation = 该服务器出示的证书与你之前接受的不同。可能有人正在拦截连接。除非服务器管理员告诉过你证书已更换，否则不要连接。
certificate-details =
    { $explanation }

    指纹（SHA-256）：
    { $fingerprint }

    颁发给：{ $subject }
    颁发者：{ $issuer }
    有效期至：{ $expiry }
certificate-do-not-connect = 不要连接
certificate-trust-button = 信任此证书

## Errors: one sentence each, for someone who is not a computer expert

error-tor-unavailable = Tor 没有运行，或没有像 Tor 那样应答，因此 Otter 无法连接。Otter 从不在没有 Tor 的情况下连接。请启动 Tor（在 Tails 中：连接 Tor 网络），然后重试。
error-server-unreachable = Tor 无法连接到服务器。地址可能有误，或服务器可能已宕机。请稍后重试。
error-certificate-untrusted = 服务器的证书不受信任。可能有人正在拦截连接，或者服务器使用了你的电脑不认识的证书。
error-authentication-failed = 服务器拒绝了登录。请检查地址和密码。
error-peer-misbehaved = 服务器或联系人发送了 Otter 不接受的内容，因此 Otter 断开了此连接。
error-limit-exceeded = 服务器或联系人一次发送的内容超过了 Otter 的接受上限，因此 Otter 断开了此连接。
error-private-session-required = 这条消息正在等待私密对话。
error-storage-failed = Otter 无法在这台电脑上读取或保存其设置。
error-timed-out = 耗时过长。Tor 可能仍在启动，或网络较慢。请稍后再试。
error-internal = Otter 内部出错。请向开发者报告。

## Keeping a conversation on this computer (off unless the user turns it on)

history-keep-check = 保留此对话
history-keep-tooltip = 从现在起将此对话的消息保存在你的 Otter 文件夹中。私密（加密）消息不会保存。默认关闭：除非你开启，否则不会保存任何内容。
history-delete-button = 删除已保存的消息
history-delete-tooltip = 删除此对话在这台计算机上保存的所有消息
history-deleted = 已删除保存的消息。

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
