import type { TranslationMessages } from 'react-admin';
import russianMessages from 'ra-language-russian';

/** Russian: ra-language-russian (with the keys it lacks for react-admin 5.15) and the console's messages. */
export const ru: TranslationMessages = {
  ...russianMessages,
  ra: {
    ...russianMessages.ra,
    guesser: {
      empty: {
        title: 'Нет данных для отображения',
        message: 'Проверьте провайдер данных',
      },
    },
  },
  resources: {
    services: {
      name: 'Услуга |||| Услуги |||| Услуг',
      fields: {
        code: 'Код',
        title: 'Наименование',
        status: 'Статус',
        decreeItem: 'Пункт постановления',
        sortOrder: 'Порядок',
        createdAt: 'Создано',
        updatedAt: 'Изменено',
        version: 'Версия',
        act: 'Утверждён актом',
        q: 'Поиск',
      },
    },
    regions: {
      name: 'Регион |||| Регионы |||| Регионов',
      fields: {
        code: 'Код ISO',
        isoNumericCode: 'Цифровой код',
        name: 'Наименование',
        kind: 'Тип',
        sortOrder: 'Порядок',
        q: 'Поиск',
      },
    },
    users: {
      name: 'Пользователь |||| Пользователи |||| Пользователей',
      fields: {
        login: 'Логин',
        fullName: 'ФИО',
        role: 'Роль',
        regionCode: 'Регион',
        active: 'Активен',
        password: 'Пароль',
        lastSignInAt: 'Последний вход',
        createdAt: 'Создан',
        updatedAt: 'Изменён',
        q: 'Поиск',
      },
    },
    apiKeys: {
      name: 'API-ключ |||| API-ключи |||| API-ключей',
      fields: {
        name: 'Назначение',
        prefix: 'Префикс',
        userId: 'Учётная запись интегратора',
        user: 'Учётная запись',
        status: 'Состояние',
        createdAt: 'Выдан',
        expiresAt: 'Действует до',
        lastUsedAt: 'Последнее использование',
        revokedAt: 'Отозван',
      },
    },
  },
  app: {
    title: 'Реестр государственных услуг',
    subtitle: 'Реестр и исполнение стандартов государственных услуг',
    menu: {
      catalogue: 'Реестр',
      administration: 'Администрирование',
    },
    language: 'Язык',
    roles: {
      ADMIN: 'Администратор',
      SUPERVISOR: 'Контролёр',
      DIRECTORY_ADMIN: 'Администратор справочников',
      OPERATOR: 'Оператор',
      INTEGRATOR: 'Интегратор (API)',
    },
    service_status: {
      IN_FORCE: 'Действует',
      REPEALED: 'Исключена',
    },
    region_kind: {
      CITY: 'Город республиканского значения',
      OBLAST: 'Область',
    },
    act_status: {
      IN_FORCE: 'Действует',
      REPEALED: 'Утратил силу',
    },
    date: {
      long: '%{day} %{month} %{year} г.',
      months: 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря',
    },
    legal_act: {
      reference: '%{kind} от %{date} № %{number}',
      reference_unnumbered: '%{kind} от %{date}',
      repealed: 'Утратил силу %{date}',
    },
    act_kind: {
      CODE: 'Кодекс Республики Казахстан',
      GOVERNMENT_DECREE: 'Постановление Правительства Республики Казахстан',
      LAW: 'Закон Республики Казахстан',
      MINISTERIAL_ORDER: 'Приказ министра',
    },
    api_key_status: {
      ACTIVE: 'Действует',
      REVOKED: 'Отозван',
      EXPIRED: 'Истёк',
    },
    services: {
      title_languages: 'Наименование на каждом языке',
    },
    users: {
      password_help_create: 'Не менее 10 символов.',
      password_help_edit: 'Оставьте пустым, чтобы сохранить текущий пароль.',
      region_help: 'Доступ контролёра можно ограничить одним регионом; оставьте пустым для всей страны.',
      login_help: 'Строчные латинские буквы, цифры, «.», «_» или «-»; от 3 до 64 символов.',
      login_invalid: 'От 3 до 64 строчных латинских букв, цифр, «.», «_» или «-», начиная с буквы или цифры.',
      operator_unavailable: 'Оператор прикрепляется к офису: создайте его там, где ведутся офисы.',
      all_regions: 'Вся страна',
    },
    api_keys: {
      revoke: 'Отозвать',
      revoke_title: 'Отозвать ключ «%{name}»?',
      revoke_content: 'Системам, использующим этот ключ, будет сразу отказано. Отменить это нельзя.',
      revoked: 'Ключ отозван.',
      user_help: 'Ключи выдаются только учётным записям интеграторов.',
      secret_title: 'Новый API-ключ',
      secret_intro: 'Скопируйте ключ сейчас и надёжно передайте его интегратору. Он показывается только один раз: реестр хранит лишь его отпечаток.',
      secret_label: 'API-ключ',
      copy: 'Копировать',
      copied: 'Скопировано в буфер обмена',
      copy_hint: 'Если браузер не разрешает копирование, выделите ключ и нажмите Ctrl+C.',
      done: 'Я сохранил ключ',
      header_hint: 'Интегратор передаёт его в заголовке X-Api-Key.',
    },
    errors: {
      TAKEN: 'Уже используется',
      NOT_FOUND: 'Не найдено',
      CONFLICT: 'Запись тем временем изменил кто-то другой: обновите страницу и повторите.',
      NOT_ALLOWED: 'Такое изменение не разрешено',
      unavailable: 'Сервис временно недоступен: повторите через минуту.',
      not_supported: 'Эта операция недоступна.',
    },
  },
};
