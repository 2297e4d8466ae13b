// The account manager's texts (en), the same keys as accounts-zh.ts.
import type { accountsZh } from './accounts-zh'

export const accountsEn: typeof accountsZh = {
  open: 'Accounts',
  openTitle: 'Add, edit, test and order accounts',
  title: 'Accounts',
  intro: 'Secrets are encrypted on this computer; only their last 4 characters are shown, and exports never contain them.',
  count: '{n} accounts',
  needsActionCount: '{n} need attention',
  filter: 'Filter by name, App ID, type or tag',
  filterEmpty: 'No account matches',
  filterNoMove: 'Clear the filter to change the order',
  untagged: 'Untagged',
  add: 'Add account',
  import: 'Import',
  importTitle: 'Import accounts from a JSON file exported by Swanboard (it has no secrets: edit each account to add them)',
  export: 'Export',
  exportTitle: 'Export the account list as JSON (without any secret)',
  restoreDemo: 'Restore demo accounts',
  restoreDemoTitle: 'Add the built-in demo accounts again (simulated data, no token needed)',
  restored: 'Demo accounts restored',
  exported: 'Account list exported to {file}',
  exportDownload: 'Download started: {file}',
  exportFailed: 'Export failed: {reason}',
  imported: 'Imported {added} accounts',
  importedSkipped: 'Imported {added}, skipped {n} (name already used: {names})',
  importedHint: 'Imported accounts have no secrets yet: edit each one to add them.',
  importFailed: 'Import failed: {reason}',
  importTooLarge: 'The file is too large to be an account list exported by Swanboard.',
  restoreFailed: 'Could not restore the demo accounts: {reason}',
  moveFailed: 'Could not change the order: {reason}',
  empty: 'No accounts yet',
  emptyHint: 'Add a Baidu smart program account, or restore the demo accounts to look around first.',
  kinds: {
    authorizer: 'Authorizer token',
    'tp-refresh': 'Platform refresh',
    developer: 'Developer App Key',
    tp: 'Third-party platform'
  },
  kindHelp: {
    authorizer: 'Paste the authorizer token (starting 45.) the platform obtained for this smart program. It expires after 1 hour and must then be pasted again.',
    'tp-refresh': "Keeps the platform's token (42.) and this program's refresh token (46.) and gets new authorizer tokens before they expire. A refresh token works once; Swanboard stores the new one it gets back.",
    developer: "Uses the program's own App Key and App Secret to get developer tokens (24., about 30 days), renewed automatically.",
    tp: "The platform's own token (42., about 30 days), for the platform summary. It cannot show a single program's reports."
  },
  secretFields: {
    token: 'Authorizer token',
    tpToken: 'Platform token',
    refreshToken: 'Refresh token',
    appKey: 'App Key',
    appSecret: 'App Secret'
  },
  secretHints: {
    token: 'Starts with 45.',
    tpToken: "Starts with 42.; obtained with the ticket Baidu pushes to the platform's server",
    refreshToken: 'Starts with 46.; works only once',
    appKey: 'In the smart program developer console under Settings › Development',
    appSecret: 'Next to the App Key; keep it private'
  },
  tokenTypes: {
    developer: 'a developer token',
    tp: 'a platform token',
    authorizer: 'an authorizer token',
    refresh: 'a refresh token'
  },
  prefixWarning: 'This value starts with {actual}, which looks like {type}; this field expects a {field} starting with {expected}. You can still save it.',
  prefixWarningUnknown: 'This field usually takes a {field} starting with {expected}, and this value does not. Check the paste; you can still save it.',
  form: {
    addTitle: 'Add account',
    editTitle: 'Edit account',
    name: 'Name',
    namePlaceholder: 'e.g. Shop (production)',
    kind: 'Type',
    kindLocked: 'The type cannot change after the account is created; add a new account instead.',
    appId: 'App ID',
    appIdPlaceholder: "The smart program's App ID",
    secrets: 'Secrets',
    secretsNote: 'Secrets are encrypted on this computer, never shown again after saving and never exported.',
    storedPlaceholder: 'Saved {masked}; leave empty to keep it',
    requiredPlaceholder: 'Paste the {field}',
    clear: 'Clear',
    clearTitle: 'Delete the saved {field} when saving',
    undoClear: 'Undo',
    willClear: 'The saved {field} will be deleted when you save.',
    advanced: 'Advanced',
    baseUrl: 'API address',
    baseUrlHelp: "Baidu's open platform {url} by default; change it only for a proxy or the simulator.",
    notes: 'Notes',
    notesPlaceholder: 'e.g. owner, when the authorization ends',
    tags: 'Tags',
    tagsPlaceholder: 'Type and press Enter to create a tag',
    tagsHelp: 'The account list and picker are grouped by the first tag.',
    save: 'Save',
    cancel: 'Cancel',
    added: 'Added “{name}”',
    updated: 'Saved “{name}”',
    unchanged: 'Nothing changed',
    saveFailed: 'Could not save: {reason}',
    invalid: 'Fix the marked fields first',
    problems: {
      required: 'Required',
      tooLong: 'At most {max} characters',
      tooMany: 'At most {max}',
      url: 'Enter a full address starting with http:// or https://',
      invalid: 'Not valid'
    }
  },
  storage: {
    weakTitle: 'Secrets can only be weakly protected on this computer',
    basicText: "This Linux system has no keyring available (such as GNOME Keyring or KWallet), so secrets are encrypted with a built-in password: safe from a casual look, but someone with this computer's files could decrypt them.",
    noKeychain: "The system's secure storage cannot be used, so secrets are encrypted with a key file beside the cache that only you can read: anyone who can read your files, or signs in as you, could decrypt them.",
    asksConsent: 'Saving a secret will ask for your consent first. To avoid this, install and unlock a system keyring, then reopen Swanboard.',
    consentedBasicText: 'You agreed to store secrets with weak encryption: this system has no keyring, so they are encrypted with a built-in password.',
    consentedNoKeychain: "You agreed to store secrets with weak encryption: the system's secure storage cannot be used, so they are encrypted with a key file beside the cache that only you can read.",
    keyFile: 'Secrets are kept encrypted, with the key in a file beside the cache that only you can read.'
  },
  consent: {
    title: 'Store secrets with weak encryption?',
    body: 'This system has no keyring available (such as GNOME Keyring or KWallet), or its secure storage cannot be used, so Swanboard can only encrypt secrets weakly: safe from a casual look, but someone with this computer\'s files could decrypt them.',
    hint: 'You can also decline, install and unlock a system keyring, and save again.',
    accept: 'Save anyway',
    cancel: 'Not now'
  },
  remove: {
    title: 'Remove account',
    body: 'Remove “{name}”?',
    detail: 'Its saved secrets and its cached data are deleted too. This cannot be undone.',
    demoDetail: 'Demo accounts can be brought back at any time with “Restore demo accounts”.',
    confirm: 'Remove',
    cancel: 'Cancel',
    removed: 'Removed “{name}”',
    failed: 'Could not remove: {reason}'
  },
  row: {
    appId: 'App ID',
    baseUrl: 'API address',
    demo: 'Demo',
    edit: 'Edit',
    remove: 'Remove',
    moveUp: 'Move up',
    moveDown: 'Move down',
    test: 'Test connection',
    selected: 'Current',
    view: 'Show reports',
    notSet: 'not set'
  },
  expiry: {
    days: 'expires in {n} d',
    hours: 'expires in {n} h',
    minutes: 'expires in {n} min',
    expired: 'expired',
    at: 'Token expires {time}',
    renews: 'renewed automatically before it expires'
  },
  health: {
    justNow: 'just now',
    lastOk: 'Last success: {time}',
    never: 'No successful call yet',
    lastError: 'Last error ({time}): {reason}'
  },
  test: {
    running: 'Testing…',
    ok: 'Connection OK · {ms} ms',
    failed: 'Connection failed: {reason}'
  },
  needsAction: {
    title: 'This account needs attention',
    fix: 'Update',
    auth: {
      authorizer: 'The authorizer token expired or was revoked. Get a new one (45.) from the platform and paste it with “Update”.',
      'tp-refresh': 'The refresh token no longer works (it works once and may have been used elsewhere). Get a new refresh token (46.) from the platform or have the program authorize again, then click “Update”.',
      developer: 'The App Key or App Secret is not valid. Check them in the developer console, then click “Update”.',
      tp: "The platform token expired or was revoked. Get a new one (42.) from the platform's server and paste it with “Update”."
    },
    tp_token: "The platform token (42.) expired or is not valid. Get a new one from the platform's server and paste it with “Update”.",
    refresh_token: "The refresh token (46.) was already used or is no longer valid (each works once), so the program's authorization must be renewed. Have the smart program authorize the platform again, then enter the new refresh token with “Update”.",
    app_credentials: 'Baidu rejected the App Key or App Secret. Check both in the developer console, then correct them with “Update”.',
    permission: 'The platform has no data permission for this program, or the program has not authorized it. Grant the permission in Baidu\'s console and authorize again.',
    ip_whitelist: "This network's IP is not on the whitelist; the network may have changed. Add this computer's current public IP to the platform's whitelist, then test the connection.",
    quota: 'The API call quota is used up. Wait until it recovers; retrying now will not help.',
    not_found: 'Baidu does not know this smart program. Check the App ID.'
  }
}
