import { LegalAct } from '../modules/catalogue/legal-act.entity';
import { Region } from '../modules/catalogue/region.entity';
import { Service } from '../modules/catalogue/service.entity';
import { Office } from '../modules/catalogue/office.entity';
import { User } from '../modules/users/user.entity';
import { Session } from '../modules/auth/session.entity';
import { ApiKey } from '../modules/auth/api-key.entity';

/** Listed explicitly: no folder scanning, so the compiled server and the Jest run see the same set. */
export const entities = [LegalAct, Region, Service, Office, User, Session, ApiKey];
