// The account manager's texts (zh-CN). Kept apart from zh-CN.ts, which would outgrow a screen.
export const accountsZh = {
  open: '账号管理',
  openTitle: '添加、编辑、测试和排序账号',
  title: '账号管理',
  intro: '密钥加密保存在本机，界面上只显示末尾 4 位，导出的文件里也没有密钥。',
  count: '共 {n} 个账号',
  needsActionCount: '{n} 个需要处理',
  filter: '按名称、App ID、类型或标签筛选',
  filterEmpty: '没有匹配的账号',
  filterNoMove: '筛选时不能调整顺序',
  untagged: '未分组',
  add: '添加账号',
  import: '导入',
  importTitle: '从 Swanboard 导出的 JSON 文件导入账号（文件中没有密钥，导入后请编辑补填）',
  export: '导出',
  exportTitle: '把账号列表导出为 JSON 文件（不含任何密钥）',
  restoreDemo: '恢复演示账号',
  restoreDemoTitle: '重新添加内置的演示账号（模拟数据，无需令牌）',
  restored: '已恢复演示账号',
  exported: '账号列表已导出到 {file}',
  exportDownload: '已开始下载 {file}',
  exportFailed: '导出失败：{reason}',
  imported: '已导入 {added} 个账号',
  importedSkipped: '已导入 {added} 个，跳过 {n} 个（名称重复：{names}）',
  importedHint: '导入的账号没有密钥，请逐个编辑补填。',
  importFailed: '导入失败：{reason}',
  importTooLarge: '文件过大，不是 Swanboard 导出的账号列表。',
  restoreFailed: '恢复演示账号失败：{reason}',
  moveFailed: '调整顺序失败：{reason}',
  empty: '还没有账号',
  emptyHint: '添加一个百度智能小程序账号，或恢复演示账号先体验一下。',
  kinds: {
    authorizer: '授权小程序令牌',
    'tp-refresh': 'TP 托管刷新',
    developer: '开发者 App Key',
    tp: '第三方平台'
  },
  kindHelp: {
    authorizer: '粘贴第三方平台为该小程序换取的授权令牌（45. 开头）。它 1 小时后过期，过期后需要重新粘贴。',
    'tp-refresh': '保存第三方平台令牌（42.）和该小程序的刷新令牌（46.），授权令牌到期前自动换取新的。刷新令牌只能用一次，Swanboard 会保存换回的新令牌。',
    developer: '使用小程序自己的 App Key 和 App Secret 获取开发者令牌（24.，约 30 天有效），到期自动重新获取。',
    tp: '第三方平台自身的令牌（42.，约 30 天有效），用于平台汇总数据，不能查看单个小程序的报表。'
  },
  secretFields: {
    token: '授权令牌',
    tpToken: '第三方平台令牌',
    refreshToken: '刷新令牌',
    appKey: 'App Key',
    appSecret: 'App Secret'
  },
  secretHints: {
    token: '以 45. 开头',
    tpToken: '以 42. 开头，由百度推送到第三方平台服务器的 ticket 换取',
    refreshToken: '以 46. 开头，只能使用一次',
    appKey: '在智能小程序开发者平台「设置 › 开发设置」中查看',
    appSecret: '与 App Key 在同一处，请勿泄露'
  },
  tokenTypes: {
    developer: '开发者令牌',
    tp: '第三方平台令牌',
    authorizer: '授权小程序令牌',
    refresh: '刷新令牌'
  },
  prefixWarning: '这个值以 {actual} 开头，看起来是{type}；此处应为 {expected} 开头的{field}。仍可保存。',
  prefixWarningUnknown: '此处通常是 {expected} 开头的{field}，这个值不是。请确认没有粘贴错；仍可保存。',
  form: {
    addTitle: '添加账号',
    editTitle: '编辑账号',
    name: '名称',
    namePlaceholder: '例如：商城小程序（正式）',
    kind: '类型',
    kindLocked: '账号类型创建后不能更改；如需更换，请新建账号。',
    appId: 'App ID',
    appIdPlaceholder: '智能小程序的 App ID',
    secrets: '密钥',
    secretsNote: '密钥加密保存在本机，保存后不会再显示，也不会出现在导出文件中。',
    storedPlaceholder: '已保存 {masked}，留空则保持不变',
    requiredPlaceholder: '请粘贴{field}',
    clear: '清除',
    clearTitle: '保存时删除已保存的{field}',
    undoClear: '撤销',
    willClear: '保存后将删除已保存的{field}。',
    advanced: '高级设置',
    baseUrl: '接口地址',
    baseUrlHelp: '默认是百度开放平台 {url}；只有使用代理或模拟器时才需要修改。',
    notes: '备注',
    notesPlaceholder: '例如：负责人、授权到期时间',
    tags: '标签',
    tagsPlaceholder: '输入后按回车创建标签',
    tagsHelp: '账号列表和账号选择器按第一个标签分组。',
    save: '保存',
    cancel: '取消',
    added: '已添加账号「{name}」',
    updated: '已保存「{name}」',
    unchanged: '没有修改',
    saveFailed: '保存失败：{reason}',
    invalid: '请先修正标出的项目',
    problems: {
      required: '此项必填',
      tooLong: '最多 {max} 个字符',
      tooMany: '最多 {max} 个',
      url: '请输入以 http:// 或 https:// 开头的完整网址',
      invalid: '格式不正确'
    }
  },
  storage: {
    weakTitle: '在这台电脑上，密钥只能以较弱的方式加密保存',
    basicText: '此 Linux 系统没有可用的系统钥匙串（如 GNOME Keyring、KWallet），密钥只能用内置的固定密码加密：可以防止被随手看到，但拿到这台电脑上文件的人有可能解密。',
    noKeychain: '系统的安全存储无法使用，密钥改用缓存旁一个只有你能读取的密钥文件加密：能读取你的文件的人（或以你的身份登录的人）有可能解密。',
    asksConsent: '保存密钥时会先征求你的同意。若不想这样，请先安装并解锁系统钥匙串，再重新打开 Swanboard。',
    consentedBasicText: '你已同意以较弱的方式保存密钥：此系统没有系统钥匙串，密钥用内置的固定密码加密。',
    consentedNoKeychain: '你已同意以较弱的方式保存密钥：系统的安全存储无法使用，密钥用缓存旁一个只有你能读取的密钥文件加密。',
    keyFile: '密钥加密保存，密钥文件放在缓存旁，只有你能读取。'
  },
  consent: {
    title: '以较弱的加密方式保存密钥？',
    body: '此系统没有可用的系统钥匙串（如 GNOME Keyring、KWallet），或系统的安全存储无法使用，Swanboard 只能用较弱的方式加密保存密钥：可以防止被随手看到，但拿到这台电脑上文件的人有可能解密。',
    hint: '不同意也可以：先安装并解锁系统钥匙串，再回来保存。',
    accept: '仍然保存',
    cancel: '暂不保存'
  },
  remove: {
    title: '删除账号',
    body: '确定删除「{name}」吗？',
    detail: '保存的密钥和本地缓存的该账号数据会一并删除，无法撤销。',
    demoDetail: '演示账号删除后，可随时通过「恢复演示账号」找回。',
    confirm: '删除',
    cancel: '取消',
    removed: '已删除「{name}」',
    failed: '删除失败：{reason}'
  },
  row: {
    appId: 'App ID',
    baseUrl: '接口地址',
    demo: '演示',
    edit: '编辑',
    remove: '删除',
    moveUp: '上移',
    moveDown: '下移',
    test: '测试连接',
    selected: '当前账号',
    view: '查看报表',
    notSet: '未保存'
  },
  expiry: {
    days: '{n} 天后过期',
    hours: '{n} 小时后过期',
    minutes: '{n} 分钟后过期',
    expired: '已过期',
    at: '令牌到期时间：{time}',
    renews: '到期前自动续期'
  },
  health: {
    justNow: '刚刚',
    lastOk: '上次成功：{time}',
    never: '还没有成功调用过',
    lastError: '上次出错（{time}）：{reason}'
  },
  test: {
    running: '正在测试…',
    ok: '连接正常 · {ms} ms',
    failed: '连接失败：{reason}'
  },
  needsAction: {
    title: '此账号需要处理',
    fix: '去更新',
    auth: {
      authorizer: '授权令牌已过期或失效。请从第三方平台取得新的授权令牌（45.），点「去更新」粘贴。',
      'tp-refresh': '刷新令牌已失效（它只能使用一次，可能已在别处用过）。请在第三方平台重新获取刷新令牌（46.）或请小程序重新授权，然后点「去更新」。',
      developer: 'App Key 或 App Secret 无效。请在智能小程序开发者平台核对后点「去更新」。',
      tp: '第三方平台令牌已过期或失效。请从平台服务器取得新的令牌（42.），点「去更新」粘贴。'
    },
    tp_token: '第三方平台令牌（42.）已过期或无效。请从第三方平台服务器取得新的平台令牌，点「去更新」粘贴。',
    refresh_token: '刷新令牌（46.）已用过或已失效（它只能使用一次），小程序的授权需要重新建立。请让小程序重新授权给第三方平台，把新的刷新令牌点「去更新」填入。',
    app_credentials: '百度拒绝了 App Key 或 App Secret。请在智能小程序开发者平台核对这两项，点「去更新」改正。',
    permission: '第三方平台没有该小程序的数据权限，或小程序未授权给该平台。请在百度后台开通数据权限、重新授权后再试。',
    ip_whitelist: '当前网络的 IP 不在白名单中，网络可能已变化。请在第三方平台后台把本机当前的出口 IP 加入白名单，然后点「测试连接」。',
    quota: '接口调用配额已用完。请等配额恢复后再试，期间不要频繁重试。',
    not_found: '百度找不到这个小程序，请核对 App ID。'
  }
}
