import type { TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';

/** English: react-admin's own messages and the console's. */
export const en: TranslationMessages = {
  ...englishMessages,
  resources: {
    services: {
      name: 'Service |||| Services',
      fields: {
        code: 'Code',
        title: 'Title',
        status: 'Status',
        decreeItem: 'Decree item',
        sortOrder: 'Order',
        createdAt: 'Created',
        updatedAt: 'Updated',
        version: 'Version',
        act: 'Approving act',
        q: 'Search',
      },
    },
    regions: {
      name: 'Region |||| Regions',
      fields: {
        code: 'ISO code',
        isoNumericCode: 'Numeric code',
        name: 'Name',
        kind: 'Kind',
        sortOrder: 'Order',
        q: 'Search',
      },
    },
    users: {
      name: 'User |||| Users',
      fields: {
        login: 'Login',
        fullName: 'Full name',
        role: 'Role',
        regionCode: 'Region',
        active: 'Active',
        password: 'Password',
        lastSignInAt: 'Last sign-in',
        createdAt: 'Created',
        updatedAt: 'Updated',
        q: 'Search',
      },
    },
    apiKeys: {
      name: 'API key |||| API keys',
      fields: {
        name: 'Purpose',
        prefix: 'Prefix',
        userId: 'Integrator account',
        user: 'Account',
        status: 'Status',
        createdAt: 'Issued',
        expiresAt: 'Expires',
        lastUsedAt: 'Last used',
        revokedAt: 'Revoked',
      },
    },
  },
  app: {
    title: 'State services registry',
    subtitle: 'Registry and performance of state-service standards',
    menu: {
      catalogue: 'Registry',
      administration: 'Administration',
    },
    language: 'Language',
    roles: {
      ADMIN: 'Administrator',
      SUPERVISOR: 'Supervisor',
      DIRECTORY_ADMIN: 'Directory administrator',
      OPERATOR: 'Operator',
      INTEGRATOR: 'Integrator (API)',
    },
    service_status: {
      IN_FORCE: 'In force',
      REPEALED: 'Repealed',
    },
    region_kind: {
      CITY: 'City of republican significance',
      OBLAST: 'Region (oblast)',
    },
    act_status: {
      IN_FORCE: 'In force',
      REPEALED: 'Repealed',
    },
    date: {
      long: '%{day} %{month} %{year}',
      months: 'January|February|March|April|May|June|July|August|September|October|November|December',
    },
    legal_act: {
      reference: '%{kind} No %{number} of %{date}',
      reference_unnumbered: '%{kind} of %{date}',
      repealed: 'Repealed on %{date}',
    },
    act_kind: {
      CODE: 'Code of the Republic of Kazakhstan',
      GOVERNMENT_DECREE: 'Government Decree of the Republic of Kazakhstan',
      LAW: 'Law of the Republic of Kazakhstan',
      MINISTERIAL_ORDER: 'Ministerial order',
    },
    api_key_status: {
      ACTIVE: 'Active',
      REVOKED: 'Revoked',
      EXPIRED: 'Expired',
    },
    services: {
      title_languages: 'Title in each language',
    },
    users: {
      password_help_create: 'At least 10 characters.',
      password_help_edit: 'Leave empty to keep the current password.',
      region_help: 'A supervisor can be limited to one region; leave empty for the whole country.',
      login_help: 'Lower-case letters, digits, ".", "_" or "-"; 3 to 64 characters.',
      login_invalid: 'Use 3 to 64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit.',
      operator_unavailable: 'Operators are attached to an office: create them where offices are managed.',
      all_regions: 'Whole country',
    },
    api_keys: {
      revoke: 'Revoke',
      revoke_title: 'Revoke the key "%{name}"?',
      revoke_content: 'Systems using this key will be refused at once. This cannot be undone.',
      revoked: 'The key is revoked.',
      user_help: 'Keys are issued to integrator accounts only.',
      secret_title: 'The new API key',
      secret_intro: 'Copy the key now and hand it to the integrator securely. It is shown only this once: the registry keeps only its fingerprint.',
      secret_label: 'API key',
      copy: 'Copy',
      copied: 'Copied to the clipboard',
      copy_hint: 'Select the key and press Ctrl+C if copying is not allowed in this browser.',
      done: 'I have saved the key',
      header_hint: 'The integrator sends it in the X-Api-Key header.',
    },
    errors: {
      TAKEN: 'Already in use',
      NOT_FOUND: 'Not found',
      CONFLICT: 'Someone else changed this record meanwhile: reload the page and try again.',
      NOT_ALLOWED: 'This change is not allowed',
      unavailable: 'The service is temporarily unavailable: try again in a moment.',
      not_supported: 'This operation is not available.',
    },
  },
};
