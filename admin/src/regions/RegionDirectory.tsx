import { useEffect, useState } from 'react';
import { Box, Button, Typography } from '@mui/material';
import StorefrontOutlined from '@mui/icons-material/StorefrontOutlined';
import { Link } from 'react-router';
import { useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { Cite } from '../common/Cite';
import { L } from '../common/L';
import { loadDirectory, type DirectoryValue } from '../dataProvider/directory';
import type { RegionRecord } from '../dataProvider/regions';

type Unit = DirectoryValue['departments'][number] | DirectoryValue['pscBranches'][number];

const UnitCard = ({ title, unit }: { title: string; unit?: Unit }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ borderLeft: 3, borderColor: 'primary.light', pl: 1.5 }}>
      <Typography variant="caption" color="text.secondary">
        {translate(title)}
      </Typography>
      {unit ? (
        <>
          <Typography variant="body2" sx={{ fontWeight: 500 }}>
            <L value={unit.name} />
            <Cite source={unit.source} />
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {'postcode' in unit && unit.postcode ? `${unit.postcode}, ` : ''}
            <L value={unit.address} />
          </Typography>
          {unit.phones.length > 0 && (
            <Typography variant="body2" color="text.secondary">
              {unit.phones.map((p) => p.printed).join(', ')}
            </Typography>
          )}
        </>
      ) : (
        <Typography variant="body2" color="text.disabled">
          —
        </Typography>
      )}
    </Box>
  );
};

/** A region's defence affairs department (Appendix 1) and PSC branch (Appendix 2), and a link to its offices. */
export const RegionDirectory = () => {
  const record = useRecordContext<RegionRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [directory, setDirectory] = useState<DirectoryValue | null>(null);
  useEffect(() => {
    let cancelled = false;
    loadDirectory()
      .then((d) => !cancelled && setDirectory(d))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
  if (!record) return null;
  const department = directory?.departments.find((d) => d.region.code === record.code);
  const branch = directory?.pscBranches.find((b) => b.region.code === record.code);
  const officesPath = `${createPath({ resource: 'offices', type: 'list' })}?filter=${encodeURIComponent(JSON.stringify({ regionCode: record.code }))}`;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr auto' }, gap: 3, py: 1.5, px: 2, alignItems: 'start' }}>
      <UnitCard title="app.regions.department" unit={department} />
      <UnitCard title="app.regions.branch" unit={branch} />
      <Button component={Link} to={officesPath} size="small" startIcon={<StorefrontOutlined />}>
        {translate('app.regions.offices')}
      </Button>
    </Box>
  );
};
