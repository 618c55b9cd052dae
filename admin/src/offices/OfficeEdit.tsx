import { Edit, TopToolbar, ShowButton, useRecordContext, useTranslate } from 'react-admin';
import { L } from '../common/L';
import type { OfficeRecord } from '../dataProvider/offices';
import { ArchiveButton } from './ArchiveButton';
import { OfficeForm } from './OfficeForm';

const Title = () => {
  const record = useRecordContext<OfficeRecord>();
  const translate = useTranslate();
  return record ? (
    <>
      {translate('resources.offices.name', { smart_count: 1 })} <L value={record.name} />
    </>
  ) : null;
};

const Actions = () => (
  <TopToolbar>
    <ShowButton />
    <ArchiveButton />
  </TopToolbar>
);

/** Pessimistic: the API checks the version and the rules, and its answers must reach the form. */
export const OfficeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" title={<Title />} actions={<Actions />}>
    <OfficeForm />
  </Edit>
);
