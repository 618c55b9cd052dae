import { loadDirectory } from './directory';
import { notFound } from './errors';
import { text, type ResourceHandler } from './types';

/** The 16 defence affairs departments (Appendix 1), read once with the directory: for operators' places and complaints. */
async function allDepartments() {
  const { departments } = await loadDirectory();
  return [...departments].sort((a, b) => a.number - b.number).map((d) => ({ ...d, regionCode: d.region.code }));
}

export type DepartmentRecord = Awaited<ReturnType<typeof allDepartments>>[number];

export const departments: ResourceHandler = {
  async getList(params) {
    const q = text(params.filter?.q)?.toLocaleLowerCase();
    const region = text(params.filter?.regionCode);
    const data = (await allDepartments()).filter(
      (d) => (!region || d.regionCode === region) && (!q || [d.name.kk, d.name.ru, d.name.en].some((n) => n?.toLocaleLowerCase().includes(q))),
    );
    return { data, total: data.length };
  },
  async getOne(params) {
    const found = (await allDepartments()).find((d) => d.id === String(params.id));
    if (!found) throw notFound();
    return { data: found };
  },
  async getMany(params) {
    const ids = new Set(params.ids.map(String));
    return { data: (await allDepartments()).filter((d) => ids.has(d.id)) };
  },
};
