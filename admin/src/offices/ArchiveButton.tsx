import Inventory2Outlined from '@mui/icons-material/Inventory2Outlined';
import { UpdateButton, useCanAccess, useNotify, useRecordContext } from 'react-admin';
import { useLocalizedText } from '../common/localizedText';
import type { OfficeRecord } from '../dataProvider/offices';

/** Archives the office after a confirmation (officeArchive with the version read); directory administrators only. */
export const ArchiveButton = () => {
  const record = useRecordContext<OfficeRecord>();
  const notify = useNotify();
  const localized = useLocalizedText();
  // Its own action, not 'edit': a record-less canAccess('edit') query is the one react-admin's Edit waits on, and one
  // created here in a render that never commits stays pending forever (the edit page hung on a cold load).
  const { canAccess } = useCanAccess({ resource: 'offices', action: 'archive', record });
  if (!record || record.archived || !canAccess) return null;
  return (
    <UpdateButton
      label="app.offices.archive"
      icon={<Inventory2Outlined />}
      color="error"
      data={{ archive: true }}
      mutationMode="pessimistic"
      confirmTitle="app.offices.archive_title"
      confirmContent="app.offices.archive_content"
      titleTranslateOptions={{ name: localized(record.name) }}
      mutationOptions={{ onSuccess: () => notify('app.offices.archived_done', { type: 'info' }) }}
    />
  );
};
