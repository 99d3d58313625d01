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
privacy-device = 与你的联系人的设备“{ $device }”进行的私密对话。只有这台设备能读取你的消息。

key-generation-started = 正在为 { $account } 创建你的私钥… 私钥就绪后，此账户的私密对话才会开始。
key-generation-finished = { $account } 的私钥已就绪。
key-generation-failed = 无法为 { $account } 创建你的私钥，因此无法开始私密对话。等待中的消息不会发送；下次私密对话时会再次尝试。

## Writing a message, under the conversation

compose-placeholder = 消息
compose-tooltip = 输入消息
compose-send-button = 发送

## Messages in a conversation

message-received = { $peer }：{ $text }
message-received-not-private = 警告：{ $peer } 未加密地发送了上面这条消息，而此对话本应是私密的。这条消息不私密：服务器可以读取它。
message-own = 我：{ $text }
message-own-waiting = 我：{ $text }（等待私密对话）
message-own-held-ended = 我：{ $text }（未发送：联系人已结束私密对话）
message-own-held-compromised = 我：{ $text }（未发送：联系人的密钥已被标记为已泄露）
message-own-held-offline = 我：{ $text }（未发送：账户离线）
message-own-failed = 我：{ $text }（未发送）
message-own-discarded = 我：{ $text }（已丢弃，未发送）

## The conversation pane: days, delivery, failed messages, clearing the window

day-today = 今天
day-yesterday = 昨天
delivery-waiting = 等待中
delivery-waiting-tooltip = 尚未发送：一旦可以就会发出（例如对话变为私密之后）。
delivery-sent = 已发送
delivery-sent-tooltip = 已发送：消息已离开这台计算机。
delivery-delivered = 已送达
delivery-delivered-tooltip = 已送达：联系人的设备已收到。
delivery-failed = 未发送
delivery-failed-tooltip = 未发送。“重试”会再次发送；“丢弃”会将其移除。
message-retry-button = 重试
message-retry-tooltip = 再次发送这条消息
message-discard-button = 丢弃
message-discard-tooltip = 移除这条消息：它没有发送
conversation-menu-button = 更多
conversation-menu-tooltip = 此对话的更多操作
scrollback-clear-button = 清空窗口
scrollback-clear-tooltip = 移除此对话中显示的消息。保存在这台电脑上的消息不会被删除。
scrollback-cleared = 窗口已清空。保存在这台电脑上的消息没有被删除。

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

## First run: the welcome, shown while there is no account

welcome-title = 欢迎使用 { -app-name }
welcome-intro = { -app-name } 只通过 Tor 连接。添加一个账户即可开始聊天。
welcome-add-xmpp-button = 添加已有的 XMPP 账户
welcome-add-xmpp-tooltip = 你已经有一个 XMPP（Jabber）地址及其密码
welcome-create-xmpp-button = 创建新的 XMPP 账户
welcome-add-irc-button = 添加 IRC 网络
welcome-add-irc-tooltip = 使用你已注册的昵称在 OFTC、Libera.Chat 或其他 IRC 网络上聊天

## Adding an account

account-dialog-xmpp-title = 添加 XMPP 账户
account-dialog-irc-title = 添加 IRC 网络
account-dialog-add-button = 添加账户
account-address-placeholder = 地址，例如 name@example.org
account-address-tooltip = 你的 XMPP 地址
account-nick-placeholder = 你已注册的昵称
account-nick-tooltip = 你在此网络上注册的昵称
account-network-tooltip = IRC 网络
account-network-custom = 其他网络…
account-network-custom-placeholder = 服务器，例如 irc.example.org
account-network-custom-tooltip = 该 IRC 网络的服务器名称
account-password-placeholder = 密码
account-password-tooltip = 该账户的密码
account-remember-password = 记住密码
account-remember-password-tooltip = 将密码保存在你的 Otter 文件夹中，这样就不必再次输入。在 Tails 中，只有开启了持久存储时才这样做。关闭时：每次连接都需要输入密码。
account-advanced = 高级
account-host-placeholder = 连接到服务器（可选）
account-host-tooltip = 连接到此服务器，而不是地址中的服务器
account-port-placeholder = 端口（可选）
account-port-tooltip = 该服务器上的端口号
account-advanced-help = 仅在你的服务提供商要求时才需要填写。服务器名称通过 Tor 解析；Tor 无法查询 DNS SRV 记录，因此如果你的服务提供商使用了这种记录，请在这里填写它的服务器和端口。

## Why an account cannot be added yet: shown under the fields as the user types

account-problem-address-empty = 请输入你的地址。
account-problem-address-form = XMPP 地址的形式类似 name@example.org：一个名字、“@”，然后是服务器。
account-problem-address-spaces = 地址中不能有空格。
account-problem-nick-empty = 请输入你的昵称。
account-problem-nick-form = 昵称中不能有空格或“@”，也不能以数字或“-”开头。
account-problem-network-empty = 请输入该网络的服务器，例如 irc.example.org。
account-problem-password-empty = 请输入密码。
account-problem-host-form = 服务器是一个类似 xmpp.example.org 的名称，不含空格、“/”或“:”。
account-problem-port-form = 端口是 1 到 65535 之间的数字。
account-problem-irc-password = 请输入你已注册昵称的密码：{ -app-name } 用它登录。

## Rooms (group chats): never private

sidebar-rooms-heading = 聊天室
rooms-join-button = 加入聊天室…
rooms-join-tooltip = 使用你的一个 XMPP 账户加入群聊
room-open-tooltip = 打开此聊天室（如果你不在其中，则加入）
room-join-dialog-title = 加入聊天室
room-join-dialog-button = 加入聊天室
room-join-explanation = 在聊天室里说的任何话都不私密：聊天室里的每个人以及服务器都能读取每条消息。
room-account-tooltip = 用于加入的账户
room-address-placeholder = 聊天室地址，例如 { $example }
room-address-tooltip = 聊天室的地址
room-nick-placeholder = 你在聊天室中的昵称
room-nick-tooltip = 聊天室中其他人看到的名字
room-password-placeholder = 聊天室密码（仅当它设有密码时）
room-password-tooltip = 聊天室的密码（如果有）
room-bookmark-check = 保存到我的聊天室
room-autojoin-check = 连接时自动加入
room-problem-address = 聊天室地址的形式类似 name@conference.example.org：一个名字、“@”，然后是服务器。
room-problem-nick = 请输入你想在聊天室中使用的昵称。
room-not-private-banner = 不私密：此聊天室里的每个人以及服务器都能读取每条消息。聊天室中无法进行私密对话（OTR）。
room-warning-address-visible = 此聊天室里的每个人都能看到你的真实地址。
room-warning-logged = 此聊天室的记录是公开的：你说的话可能会被公布。
room-warning-created = 你创建了此聊天室。
room-warning-nick-changed = 聊天室给了你另一个昵称：{ $nick }
room-joined-as = 你在此聊天室中的昵称是 { $nick }。
room-joining = 正在加入…
room-topic = 主题：{ $topic }
room-topic-none = 无主题
room-topic-set = { $nick } 设置了主题：{ $topic }
room-occupants-count = { $count ->
   *[other] 此处有 { $count } 人
}
room-occupants-tooltip = 此聊天室中的人
room-occupant-moderator = { $nick }（主持人）
room-occupant-participant = { $nick }
room-occupant-visitor = { $nick }（只能阅读）
room-message = { $nick }：{ $text }
room-message-history = { $nick }（之前）：{ $text }
room-message-from-room = 聊天室消息：{ $text }
room-occupant-joined = { $nick } 已加入
room-occupant-left = { $nick } 已离开
room-occupant-renamed = { $from } 现在是 { $to }
room-leave-button = 离开聊天室
room-leave-tooltip = 离开此聊天室；以后可以重新加入
room-compose-tooltip = 输入发给聊天室里所有人的消息
room-left-left = 你已离开聊天室。
room-left-kicked = 一位主持人将你移出了聊天室。
room-left-banned = 你已被此聊天室封禁。
room-left-removed = 你不再被允许进入此聊天室。
room-left-shutdown = 聊天室的服务器已关闭。
room-left-destroyed = 聊天室已被关闭。
room-left-too-many = 此聊天室的人数超过了 { -app-name } 能跟踪的上限，因此 { -app-name } 离开了它。
room-left-disconnected = 你已不在聊天室中：账户已离线。
room-error-nick-in-use = 此聊天室中已有人使用这个昵称。请另选一个。
room-error-password = 此聊天室需要密码，或者密码错误。
room-error-banned = 你已被此聊天室封禁。
room-error-not-found = 此地址上没有聊天室。
room-error-members-only = 只有成员才能加入此聊天室。
room-error-full = 此聊天室已满。
room-error-creation-refused = 服务器不允许你创建此聊天室。
room-error-nick-refused = 聊天室不接受这个昵称。请另选一个。
room-error-message-refused = 聊天室没有接受你的消息：你可能没有在那里发言的权限。
room-error-other = 聊天室拒绝了：{ $condition }
room-problem = { $room }：{ $error }
room-topic-button = 更改话题…
room-topic-button-tooltip = 为这个聊天室设置另一个话题，所有人都能看到
room-topic-dialog-title = { $room } 的话题
room-topic-entry = 新话题（留空：没有话题）
room-topic-entry-tooltip = 聊天室中所有人看到的话题
room-topic-dialog-button = 设置话题
room-nick-button = 更改昵称…
room-nick-button-tooltip = 在这个聊天室中换一个昵称
room-nick-dialog-title = 你在 { $room } 中的昵称
room-nick-irc-explanation = 在 IRC 上，昵称属于整个网络：它会在此账户的所有频道中一起更改。
room-nick-dialog-button = 使用此昵称
room-invite-button = 邀请…
room-invite-button-tooltip = 邀请别人加入这个聊天室
room-invite-dialog-title = 邀请别人加入 { $room }
room-invite-address = 对方的地址，例如 name@example.org
room-invite-address-tooltip = 你要邀请的人的地址
room-reason-entry = 理由（可选）
room-invite-reason-tooltip = 随邀请一起发送的几句话
room-invite-dialog-button = 发送邀请
room-invite-problem-address = 地址的样子是 name@example.org：一个名字、“@”，然后是服务器。
room-invite-sent = 已向 { $address } 发送邀请。
room-occupant-actions = 对 { $nick } 的操作
room-action-kick = 移出聊天室
room-action-ban = 封禁出聊天室
room-action-grant-voice = 允许发言
room-action-revoke-voice = 禁止发言
room-action-grant-moderator = 设为主持人
room-action-revoke-moderator = 取消主持人
room-kick-dialog-title = 将 { $nick } 移出聊天室？
room-kick-explanation = 对方还可以回来。聊天室中所有人都会看到是你移出了对方，以及你的理由。
room-kick-button = 移出
room-ban-dialog-title = 将 { $nick } 从聊天室封禁？
room-ban-explanation = 在管理员解除封禁之前，对方无法回来。聊天室中所有人都会看到是你封禁了对方，以及你的理由。
room-ban-button = 封禁
room-moderation-reason-tooltip = 理由：聊天室中所有人都能看到
room-occupant-now-moderator = { $nick } 现在是主持人。
room-occupant-now-participant = { $nick } 可以发言。
room-occupant-now-visitor = { $nick } 现在只能阅读。
room-occupant-kicked = { $nick } 已被移出聊天室。
room-occupant-banned = { $nick } 已被聊天室封禁。
room-refused-configure = 聊天室没有接受默认设置，因此对其他人仍然关闭。
room-refused-kick = 聊天室不允许你移出此人。
room-refused-ban = 聊天室不允许你封禁此人。
room-refused-voice = 聊天室不允许你更改谁可以发言。
room-refused-moderator = 聊天室不允许你更改谁担任主持人。
room-refused-invite = 聊天室没有转发你的邀请。
room-refused-destroy = 聊天室不允许你关闭它。
room-refused-subject = 聊天室不允许你更改话题。
room-refused-configuration = 聊天室不允许你查看或更改它的设置。
room-refused-rights = 你在这里没有这样做的权限。
room-refused-later = 请稍后再试。
room-refused-condition = 聊天室的回答：{ $condition }
rooms-channels-button = IRC 频道…
rooms-channels-tooltip = 在已连接的 IRC 网络中搜索频道并加入
room-channels-dialog-title = IRC 频道
room-channels-explanation = 在频道中说的话都不是私密的：频道中的所有人以及网络都能读到每条消息。
room-channels-network-tooltip = 要搜索的 IRC 网络
room-channels-search-placeholder = 频道名称的一部分（留空：全部）
room-channels-search-tooltip = 按名称搜索网络中的频道
room-channels-search-button = 搜索
room-channels-no-network = 请先连接一个 IRC 网络：频道列表通过它获取。
room-channels-searching = 正在询问网络…
room-channels-count = 找到 { $count } 个频道。
room-channels-truncated = 匹配的频道多于可显示的数量；这里是前 { $count } 个。输入更多名称以缩小搜索范围。
room-channels-row = { $room }（{ $people } 人）：{ $topic }
room-channels-join-button = 加入
room-channels-join = 加入 { $room }

## Preferences (Ctrl+comma)

prefs-title = 首选项
prefs-button = 首选项
prefs-button-tooltip = 隐私设置和已保存的对话
prefs-require-private = 要求与所有人进行私密对话
prefs-require-private-explanation = 开启后，发给联系人的消息都不会以未加密的形式发出：消息会一直等到私密对话（OTR）建立。聊天室从不私密，此选项不会改变这一点。
prefs-require-private-unknown = 未确定：此窗口不知道你是否在之前的会话中开启了此选项。请选择开启或关闭。
prefs-delete-all-button = 删除所有已保存的对话
prefs-delete-all-tooltip = 删除这台电脑上保存的所有对话的每一条消息
prefs-delete-all-confirm-title = 删除所有已保存的对话？
prefs-delete-all-confirm-body = 这台电脑上保存的每一条消息都将被删除。此操作无法撤销。
prefs-delete-all-confirm-button = 全部删除
prefs-language = 语言
prefs-language-system = 与系统相同
prefs-language-next-start = { -app-name } 下次启动时将使用此语言。
dialog-close = 关闭

## A profile Otter cannot open

profile-problem-title = Otter 无法打开你的设置
profile-damaged-explanation = { $folder } 中 Otter 用来保存你的账户、联系人和受信任密钥的文件已损坏。
profile-newer-explanation = { $folder } 中 Otter 用来保存你的账户、联系人和受信任密钥的文件是由更新版本的 Otter 写入的，当前版本无法读取。
profile-set-aside-explanation = Otter 可以把它连同你的私钥和已保存的聊天记录一起移到该文件夹内的一个新文件夹中，然后以没有账户的状态启动。不会删除任何内容。
profile-set-aside-button = 移走并以无账户状态启动
profile-quit-button = 退出

## Unread messages and notifications

sidebar-contact-unread = { $name }，{ $count ->
   *[other] { $count } 条未读消息
}
notification-new-message = 新消息
notification-new-message-from = 来自 { $name } 的新消息
prefs-notify-sender = 在通知中显示发信人
prefs-notify-sender-explanation = 关闭时，通知只显示“新消息”，看到你屏幕的人不会知道是谁发来的。通知中从不显示消息内容。

## Links in messages: asked before anything opens outside Otter

link-open-title = 在 Otter 之外打开此链接？
link-open-body = { $address } 将在你的网页浏览器中打开，而不是在 Otter 中。浏览器可能不经过 Tor 连接，而且该网站会知道有人打开了这个链接。
link-open-button = 打开链接

## Creating an XMPP account on its server (in-band registration)

welcome-create-xmpp-tooltip = 通过 Tor 在 XMPP 服务器上创建新账户
account-dialog-create-title = 创建 XMPP 账户
account-dialog-create-button = 创建账户
account-random-name-button = 随机名称
account-random-name-tooltip = 填入一个编造的名称，不透露你的任何信息，适合一次性账户
account-password-repeat-placeholder = 再次输入密码
account-password-repeat-tooltip = 再输入一次密码，以确保无误
account-problem-password-mismatch = 两次输入的密码不同。
registration-started = 正在通过 Tor 在服务器上创建 { $address }…
registration-succeeded = 已创建并添加 { $address }。
registration-name-taken = 该名称在此服务器上已被占用：请另选一个。
registration-not-acceptable = 服务器不接受这个名称或这个密码。
registration-closed = 此服务器不允许从这里创建账户。请在服务器的网站上（用 Tor Browser）创建账户，然后添加。
registration-too-many = 最近从这个 Tor 出口创建的账户太多。请稍后再试。
registration-cannot-show-form = 服务器要求 Otter 无法显示的内容（例如需要辨认的图片）。请在服务器的网站上（用 Tor Browser）创建账户，然后添加。
registration-not-saved = 账户已创建，但 Otter 无法保存它：请用“添加已有的 XMPP 账户”添加。
registration-failed = 无法创建 { $address }：{ $reason }

## Presence and requests

sidebar-status-label = 你的状态
presence-available = 在线
presence-away = 离开
presence-busy = 忙碌
presence-offline = 离线
contact-request = { $peer } 想把你添加为联系人，并查看你何时在线。
contact-request-accept = 接受
contact-request-refuse = 拒绝
room-invitation = { $from } 邀请你加入聊天室 { $room }。
room-invitation-unknown = 你被邀请加入聊天室 { $room }。
room-invitation-join = 加入
room-invitation-ignore = 忽略

## The password prompt

password-prompt-title = { $address } 的密码
password-prompt-body = 请输入 { $address } 的密码。Otter 只在运行期间记住它，关闭后即忘记，不会保存。

## Verification under way

verification-in-progress = 正在验证你的联系人…
verification-stop-button = 停止验证

## How far a sent message got

message-state-server = { $security } 服务器已收到。
message-state-delivered = { $security } 已送达联系人的设备。
message-own-elsewhere = 我（在另一台设备上）：{ $text }

## 输入框中的命令（以“/”开头的一行）

command-unknown = { $command } 不是 Otter 认识的命令。未发送任何内容。要发送以“/”开头的一行，请以“//”开头。
command-unsupported = { $command } 在这里暂不可用。未发送任何内容。
command-incomplete = { $command } 还需要更多内容，例如：{ $example }。未发送任何内容。
command-room-only = { $command } 只能在聊天室中使用。未发送任何内容。

## 正在输入通知

typing-notice = { $peer } 正在输入…
prefs-share-typing = 分享正在输入通知
prefs-send-receipts = 发送送达回执
prefs-activity-explanation = 正在输入通知会告诉联系人你正在给他们写消息；送达回执会告诉他们消息何时到达了这台电脑。两者都会显示你是否在键盘前。除非你开启，否则保持关闭。聊天室永远不会收到它们。

## 快速切换（Ctrl+K）

switcher-title = 前往对话
switcher-search-placeholder = 名称或地址
switcher-search-tooltip = 输入联系人、聊天室或频道的部分名称或地址，然后按回车
switcher-row = { $name }（{ $address }）
switcher-nothing = 没有匹配项。

## 编辑账户

account-edit-button = 编辑
account-edit-tooltip = 更改 { $address } 的服务器、端口、加密方式或已保存的密码
account-edit-title = 编辑 { $address }
account-edit-save = 保存更改
account-direct-tls = 从一开始就使用 TLS（直接 TLS）
account-direct-tls-tooltip = 仅当你的服务商在 TLS 端口（通常是 5223）上提供 XMPP 时使用。否则 Otter 会在常规端口上启动 TLS（STARTTLS）。两种方式的连接都是加密的。
account-edit-password-remembered = Otter 保存了此账户的密码。
account-edit-password-not-remembered = Otter 不保存此账户的密码；每次启动时都会询问。
account-edit-password-keep = 保持不变
account-edit-password-forget = 忘记密码
account-edit-password-remember = 保存密码
account-edit-password-tooltip = 要为此账户保存的密码

## Copy buttons and an IRC account's client certificate

copy-button = 复制
copy-done = 已复制
verify-copy-own-tooltip = 复制你的指纹
verify-copy-contact-tooltip = 复制联系人的指纹
client-certificate-button = 客户端证书…
client-certificate-button-tooltip = 用证书而不是密码登录此网络
client-certificate-title = { $address } 的客户端证书
client-certificate-explanation = Otter 已为此账户创建了一个证书，并将其与你的设置保存在一起。请在用密码登录时，向网络的服务登记一次：把下面的命令发给它们（粘贴到此网络上的任意对话中）。
client-certificate-fingerprint = 指纹（SHA-256）：{ $fingerprint }
client-certificate-command = 命令：{ $command }
client-certificate-copy-fingerprint = 复制证书的指纹
client-certificate-copy-command = 复制命令
client-certificate-after = 从下一次连接起，Otter 将用证书登录（SASL EXTERNAL），无需发送你的密码。任何拥有 Otter 设置文件夹副本的人都能以你的身份登录：请像保护密码一样保护它。

## 联系人分组

contacts-group-none = 其他联系人
contact-group-menu = 移到分组…
contact-group-menu-tooltip = 把此联系人放进你联系人列表中的一个分组
contact-group-title = 移到分组
contact-group-explanation = 为 { $name } 选择一个分组：输入分组名称，或从下面你已有的分组中选一个。留空则不放入任何分组。你的其他 XMPP 应用显示相同的分组。
contact-group-label = 分组
contact-group-placeholder = 无分组
contact-group-tooltip = 分组名称，新建的或已有的
contact-group-known = 你的分组
contact-group-move = 移动
contact-group-not-listed = 只有 XMPP 账户联系人列表中的联系人才能放进分组。

## The proxy (preferences)

prefs-proxy-expander = 代理（高级）
prefs-proxy-explanation = Otter 只通过 Tor 的 SOCKS 端口连接。除非你在这里更改，它是 127.0.0.1:9050，也就是 Tails 的 Tor 监听的地方；Tor 浏览器自带的 Tor 监听 127.0.0.1:9150。请填写 IP 地址和端口：Otter 从不在 Tor 之外解析名称。
prefs-proxy-in-use = Otter 通过 { $address } 连接。
prefs-proxy-fixed = 本次运行中 Otter 通过启动时指定的 { $address } 连接。这里保存的代理将从下一次不带该指定的启动开始生效。
prefs-proxy-placeholder = 127.0.0.1:9050
prefs-proxy-tooltip = SOCKS5 代理（Tor）的 IP 地址和端口
prefs-proxy-use-button = 使用此代理
prefs-proxy-default-button = 恢复为 127.0.0.1:9050
prefs-proxy-invalid = 请填写 IP 地址和端口，例如 127.0.0.1:9150。
prefs-proxy-reconnect = 现在已连接的账户会保持连接，直到重新连接。

## Room settings (the room's configuration form) and destroying a room

room-create-heading = 如果这样会创建新聊天室：
room-create-defaults = 接受默认配置
room-create-defaults-tooltip = 新聊天室立即以服务器的常用设置开放
room-create-configure = 配置聊天室…
room-create-configure-tooltip = Otter 会先显示新聊天室的设置；在你保存之前，其他人无法进入
room-settings-button = 聊天室设置…
room-settings-button-tooltip = 查看并更改此聊天室的设置（你是它的所有者）
room-form-title = { $room } 的设置
room-form-save = 保存设置
room-form-new-room = 这是新聊天室：在你保存设置之前，其他人无法进入。点“取消”会删除这个聊天室。
room-form-required = （必填）
room-form-not-set = 未设置
room-form-left-out = 此处未显示的设置：{ $count } 项。它们保持原值。
room-form-problem-required = 请填写：{ $name }
room-form-problem-address = 不是地址（名称@服务器，每行一个）：{ $name }
room-form-saved = 聊天室已采用新设置。
room-destroy-tool-button = 销毁聊天室…
room-destroy-tool-tooltip = 将所有人移出此聊天室并删除它（你是它的所有者）
room-destroy-dialog-title = 销毁 { $room }？
room-destroy-explanation = 聊天室里的所有人都会被移出，聊天室也将不复存在：它的名字任何人都可以再用。此操作无法撤销。
room-destroy-reason-tooltip = 原因：聊天室里的所有人被移出时都会看到
room-destroy-button = 销毁聊天室
room-left-destroyed-moved = 聊天室已被关闭。其中的人被请到 { $room }。

## IRC in the window: networks without a password, channels by name, invitations
account-irc-no-password = 无密码：{ -app-name } 仅用昵称连接，不登录
account-irc-no-password-tooltip = 适用于没有账户的网络，或你从未注册过的昵称。曾经登录过的昵称绝不会在没有密码的情况下使用。
room-join-connect-first = 请先连接一个 XMPP 账户或 IRC 网络：要通过它加入聊天室和频道。
room-channel-placeholder = 频道，例如 #otter
room-channel-tooltip = 该频道在此网络上的名称，以 # 开头
room-key-placeholder = 频道密钥（仅在有密钥时填写）
room-key-tooltip = 频道的密钥（如果有）
room-problem-channel = 频道名称以 #（或 &）开头，不含空格或逗号，例如 #otter。
room-invite-nick = 对方的昵称
room-invite-nick-tooltip = 要邀请的人的昵称
room-invite-problem-nick = 请输入对方的昵称：不含空格，且不以数字或 # 开头。
error-irc-login-needed = 此昵称以前登录过，因此 { -app-name } 只会用它的密码连接。

## The join dialog: the account's room service

room-service-line = 此服务器上的聊天室：{ $service }
room-service-copy-tooltip = 复制此服务器聊天室服务的地址

## IRC：以 NickServ 作为备用登录方式
account-irc-nickserv-fallback = 网络不支持 SASL 时向 NickServ 验证身份
account-irc-nickserv-fallback-help = 仅适用于没有 SASL 的网络。SASL 更安全：它在你的昵称可见之前就完成登录，而且密码只发给服务器。使用 NickServ 时，你的昵称在验证身份之前就已可见，而且密码会发给任何以 NickServ 身份应答的一方。网络提供 SASL 时绝不会使用。

## IRC：仅在允许时以不带 TLS 的方式连接 Onion 服务
account-irc-onion-plaintext = 不使用 TLS 连接（仅限 Onion 服务）
account-irc-onion-plaintext-warning = 此 Onion 服务不使用 TLS：Tor 会加密到它的连接，但服务器的身份只有它的 .onion 地址可以证明。仅适用于其 Onion 服务不使用 TLS 的网络；你的密码随后会通过该连接发送。
account-problem-plaintext-not-onion = 不使用 TLS 的连接仅限 Onion 服务：服务器名称必须以 .onion 结尾。

## Temporary XMPP accounts (SASL ANONYMOUS)

account-temporary = 临时账户（无需密码；每次连接使用新的随机地址）
account-temporary-help = 适用于允许临时账户的服务器：每次连接时服务器都会给你一个新地址，断开连接时连同其联系人一起忘掉它。
account-temporary-server-placeholder = 服务器，例如 example.org
account-temporary-server-tooltip = 允许临时账户的服务器名称
account-problem-temporary-server = 只输入服务器名称，例如 example.org。
account-status-online-as = 以 { $address } 在线
error-temporary-not-allowed = 此服务器不允许临时账户。

## IRCv3：网络分裂与重连、服务器拒绝、频道中看到的邀请

room-netsplit = { $count ->
   *[other] { $count } 人离开：{ $first } 与 { $second } 之间发生网络分裂
}
room-netjoin = { $count ->
   *[other] { $count } 人已回来
}
server-refused = 服务器拒绝了 { $command }：{ $description }
room-invited-other = { $by } 邀请了 { $nick }

## IRC commands in the composer: /whois and /mode

whois-user = { $nick } 是 { $mask }
whois-not-found = 此网络上现在没有人使用昵称 { $nick }。
whois-realname = 真实姓名：{ $name }
whois-account = 已登录为 { $account }
whois-channels = 频道：{ $channels }
whois-channels-truncated = 频道（前 { $count } 个）：{ $channels }
whois-server = 服务器：{ $server }
whois-idle = 已空闲 { $seconds } 秒
whois-away = 离开：{ $message }
whois-secure = 通过 TLS 连接到其服务器
room-modes = 频道模式：{ $modes }
room-bans-none = { $room } 中没有被封禁的人。
room-bans-count = { $room } 中的封禁：{ $count }
room-bans-entry = { $mask }，由 { $by } 设置
room-bans-truncated = 列表更长；只显示前 { $count } 个。
room-refused-modes = 频道不允许你更改其模式：只有频道管理员可以。

## IRC command /raw: one line as typed, after a confirmation

command-raw-control = /raw 的一行不能包含换行或 NUL：那会变成两条命令。未发送任何内容。
command-raw-too-long = /raw 的一行最多 510 字节。未发送任何内容。
command-raw-private = /raw 不向个人发送消息或通知：那会绕过私密对话（OTR）。请在与对方的对话中书写。未发送任何内容。
command-raw-prefixed = /raw 的一行以命令开头，而不是 @ 或 :。未发送任何内容。
raw-confirm-title = 不经检查发送这些行？
raw-confirm-body = /raw 会把你输入的内容原样发送到 IRC 网络。{ -app-name } 不检查它的作用：错误的命令可能更改你的账户或频道，或向网络透露比你本意更多的信息。发给个人的消息仍然只通过与其的对话发送。在你退出之前，/raw 行将直接发送，不再询问。
raw-confirm-button = 不经检查发送

## IRC: someone changes a channel's modes

room-mode-op-given = { $by } 将 { $nick } 设为频道管理员。
room-mode-op-taken = { $by } 取消了 { $nick } 的频道管理员身份。
room-mode-voice-given = { $by } 允许 { $nick } 发言（voice）。
room-mode-voice-taken = { $by } 禁止 { $nick } 发言（已撤销 voice）。
room-mode-ban = { $by } 封禁了 { $mask }。
room-mode-unban = { $by } 解除了对 { $mask } 的封禁。
room-mode-set = { $by } 设置模式 { $modes }
room-mode-set-more = { $by } 设置模式 { $modes } 及另外 { $count } 项
room-mode-by-server = 服务器

## IRC command /who

who-count = { $target }：{ $count } 人
who-none = 此网络上现在没有人与 { $target } 匹配。
who-person = { $nick }（{ $mask }）{ $name }
who-person-away = { $nick }（{ $mask }，离开）{ $name }
who-truncated = 列表更长；只显示前 { $count } 个。
