import { ReferenceField, useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { Typography } from '@mui/material';
import { LocalizedTextField } from '../common/LocalizedTextField';

/** A supervisor's region by name, or "whole country" for a supervisor without a limit. */
export const RegionNameField = ({ source = 'regionCode' }: FieldProps) => {
  const code = useFieldValue({ source });
  const role = useFieldValue({ source: 'role' });
  const translate = useTranslate();
  if (!code) {
    return role === 'SUPERVISOR' ? (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('app.users.all_regions')}
      </Typography>
    ) : null;
  }
  return (
    <ReferenceField source={source} reference="regions" link={false}>
      <LocalizedTextField source="name" />
    </ReferenceField>
  );
};
