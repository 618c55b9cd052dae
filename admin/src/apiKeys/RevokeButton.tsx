import BlockOutlined from '@mui/icons-material/BlockOutlined';
import { UpdateButton, useNotify, useRecordContext } from 'react-admin';

/** Revokes the key after a confirmation (an update with `{ revoked: true }`); nothing for revoked keys. */
export const RevokeButton = () => {
  const record = useRecordContext<{ id: string; name: string; revokedAt?: string | null }>();
  const notify = useNotify();
  if (!record || record.revokedAt) return null;
  return (
    <UpdateButton
      label="app.api_keys.revoke"
      icon={<BlockOutlined />}
      color="error"
      data={{ revoked: true }}
      mutationMode="pessimistic"
      confirmTitle="app.api_keys.revoke_title"
      confirmContent="app.api_keys.revoke_content"
      titleTranslateOptions={{ name: record.name }}
      mutationOptions={{ onSuccess: () => notify('app.api_keys.revoked', { type: 'info' }) }}
    />
  );
};
