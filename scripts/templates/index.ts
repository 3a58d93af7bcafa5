// Every template shipped in models/, by id: the tests check that each models/<id>.json is
// exactly what its builder produces (and rewrite it with UPDATE_TEMPLATES=1).
import type { Workbook } from '../../src/core/file/schema';
import { buildCoLocation } from './co-location';
import { buildIncomeGeneration } from './income-generation';
import { buildMutualSpinOut } from './mutual-spin-out';
import { buildOptionsAppraisal } from './options-appraisal';
import { buildSharedService } from './shared-service';

export const TEMPLATE_BUILDERS: Record<string, () => Workbook> = {
  'income-generation': buildIncomeGeneration,
  'mutual-spin-out': buildMutualSpinOut,
  'co-location': buildCoLocation,
  'shared-service': buildSharedService,
  'options-appraisal': buildOptionsAppraisal,
};
