import type { DirectoryFile, FormsFile, LegalActsFile, RegionsFile, ServicesFile, StandardFile } from './schema';

interface AllSeeds {
  regions: RegionsFile;
  acts: LegalActsFile;
  services: ServicesFile;
  directory: DirectoryFile;
  forms: FormsFile;
  standards: StandardFile[];
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

/** What the per-file schemas cannot see: references between files, and keys that must be unique across records. */
export function crossCheck(s: AllSeeds): string[] {
  const problems: string[] = [];
  const acts = new Set(s.acts.acts.map((a) => a.key));
  const regions = new Set(s.regions.regions.map((r) => r.code));
  const forms = new Map(s.forms.forms.map((f) => [f.code, f]));
  const needAct = (key: string, where: string) => acts.has(key) || problems.push(`${where}: no act "${key}" in legal-acts.json`);

  for (const d of duplicates(s.acts.acts.map((a) => a.key))) problems.push(`legal-acts.json: duplicate act key ${d}`);
  for (const a of s.acts.acts) if (a.repealedBy) needAct(a.repealedBy, `legal-acts.json ${a.key}.repealedBy`);
  for (const m of s.acts.amendments) {
    needAct(m.act, 'legal-acts.json amendments.act');
    needAct(m.amends, 'legal-acts.json amendments.amends');
  }
  for (const d of duplicates(s.services.services.map((x) => x.code))) problems.push(`services.json: duplicate code ${d}`);
  for (const svc of s.services.services) {
    needAct(svc.act, `services.json ${svc.code}.act`);
    for (const h of svc.history) needAct(h.act, `services.json ${svc.code}.history`);
  }

  for (const st of s.standards) {
    const where = `standards/${st.code}.json`;
    const cases = new Set(st.cases.map((c) => c.key));
    for (const d of duplicates(st.cases.map((c) => c.key))) problems.push(`${where}: duplicate case ${d}`);
    const needCase = (key: string | null, field: string) => key === null || cases.has(key) || problems.push(`${where} ${field}: no case "${key}"`);
    for (const c of st.cases) {
      needCase(c.parent, `cases.${c.key}.parent`);
      needCase(c.deadlineCase, `cases.${c.key}.deadlineCase`);
    }
    st.deadlines.forEach((d, i) => needCase(d.case, `deadlines.${i}.case`));
    st.documents.forEach((d, i) => needCase(d.case, `documents.${i}.case`));
    st.legalBases.forEach((b, i) => needAct(b.act, `${where} legalBases.${i}`));
    needAct(st.complaints.appealsLaw, `${where} complaints.appealsLaw`);
    const form = forms.get(st.applicationForm.form);
    if (!form) problems.push(`${where}: no form ${st.applicationForm.form} in forms.json`);
    else if (!form.usedBy.includes(st.code)) problems.push(`${where}: forms.json ${form.code}.usedBy does not list ${st.code}`);
    for (const ch of new Set(st.deadlines.map((d) => d.channel))) {
      if (!st.schedules.some((h) => h.channel === ch)) problems.push(`${where}: deadlines for ${ch} but no schedule`);
    }
  }

  const d = s.directory;
  const branches = new Map(d.branches.map((b) => [b.key, b]));
  for (const dup of duplicates([...d.departments.map((x) => x.key), ...d.branches.map((x) => x.key), ...d.offices.map((x) => x.key)])) {
    problems.push(`directory.json: duplicate key ${dup}`);
  }
  for (const rec of [...d.departments, ...d.branches, ...d.offices]) {
    if (!regions.has(rec.region)) problems.push(`directory.json ${rec.key}: unknown region ${rec.region}`);
  }
  for (const o of d.offices) {
    const b = branches.get(o.branch);
    if (!b) problems.push(`directory.json ${o.key}: unknown branch ${o.branch}`);
    else if (b.region !== o.region) problems.push(`directory.json ${o.key}: branch ${o.branch} is in another region`);
  }
  return problems;
}
