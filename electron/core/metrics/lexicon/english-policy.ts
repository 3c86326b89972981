/**
 * Targets that English-language (chiefly UK) policy sets and Chinese reports rarely
 * use. The Chinese names are translations, so a Chinese story about them still resolves.
 */
import type { Indicator } from './types';

export const ENGLISH_POLICY: readonly Indicator[] = [
  {
    id: 'fiscal-headroom',
    zh: ['财政空间', '财政余裕'],
    en: ['fiscal headroom', 'headroom against the fiscal rules', 'headroom'],
    measure: 'money', unitClass: 'money', statistic: 'point_in_time', better: 'higher', domain: 'budget',
    source: 'OBR: Economic and fiscal outlook (margin against the fiscal rules)',
  },
  {
    id: 'homes-energy-upgrades',
    zh: ['住宅节能改造户数', '住宅节能改造'],
    en: ['homes upgraded', 'home energy upgrades', 'homes insulated', 'energy efficiency upgrades', 'warm homes upgrades'],
    measure: 'flow', unitClass: 'count', statistic: 'cumulative', better: 'higher', domain: 'energy',
    source: 'DESNZ: Household Energy Efficiency statistics (Warm Homes Plan)',
  },
  {
    id: 'homes-epc-c-share',
    zh: ['能效评级C级以上住宅比例'],
    en: ['homes rated epc c or above', 'share of homes at epc band c', 'epc c or above'],
    measure: 'share', unitClass: 'percent', statistic: 'annual', better: 'higher', domain: 'housing',
    source: 'MHCLG: English Housing Survey (energy efficiency)',
  },
  {
    id: 'planning-permissions',
    zh: ['规划许可', '规划许可数量'],
    en: ['planning permissions', 'planning permissions granted', 'planning approvals', 'homes granted planning permission'],
    measure: 'flow', unitClass: 'count', statistic: 'annual', better: 'higher', domain: 'housing',
    source: 'MHCLG: Planning applications in England',
  },
  {
    id: 'flood-protected-properties',
    zh: ['防洪保护房屋', '受防洪工程保护的房屋'],
    en: ['properties better protected from flooding', 'homes better protected from flooding', 'homes protected from flooding', 'properties protected from flooding'],
    measure: 'flow', unitClass: 'count', statistic: 'cumulative', better: 'higher', domain: 'environment',
    source: 'Environment Agency: Flood and coastal erosion risk management investment programme',
  },
  {
    id: 'water-bills',
    zh: ['平均水费账单', '水费账单'],
    en: ['water bills', 'average water bill', 'average household water bill'],
    measure: 'money', unitClass: 'money', statistic: 'annual', better: 'lower', domain: 'environment',
    source: 'Ofwat: PR24 final determinations; Water UK: average bills',
  },
  {
    id: 'dementia-diagnosis-rate',
    zh: ['痴呆症诊断率'],
    en: ['dementia diagnosis rate'],
    measure: 'share', unitClass: 'percent', statistic: 'point_in_time', better: 'higher', domain: 'health',
    source: 'NHS England Digital: Primary Care Dementia Data',
  },
  {
    id: 'mental-health-workers-additional',
    zh: ['新增心理健康工作人员', '新增精神健康工作人员'],
    en: ['additional mental health workers', 'extra mental health staff', 'new mental health workers', 'mental health workers recruited'],
    measure: 'flow', unitClass: 'count', statistic: 'cumulative', better: 'higher', domain: 'health',
    source: 'NHS England Digital: NHS Workforce Statistics (mental health staff group)',
  },
  {
    id: 'adult-social-care-vacancies',
    zh: ['成人社会护理职位空缺', '社会护理空缺'],
    en: ['adult social care vacancies', 'social care vacancies', 'care worker vacancies'],
    measure: 'count', unitClass: 'count', statistic: 'annual', better: 'lower', domain: 'social',
    source: 'Skills for Care: The state of the adult social care sector and workforce in England',
  },
  {
    id: 'funded-childcare-hours',
    zh: ['免费托育时数', '政府资助托育时数'],
    en: ['funded childcare hours', 'free childcare hours', 'hours of free childcare', '30 hours free childcare'],
    measure: 'duration', unitClass: 'duration', statistic: 'point_in_time', better: 'higher', domain: 'social',
    source: 'DfE: Childcare entitlements (working parents, 9 months to school age)',
  },
  {
    id: 'family-hubs',
    zh: ['家庭中心', '家庭服务中心'],
    en: ['family hubs', 'best start family hubs', 'sure start centres'],
    measure: 'count', unitClass: 'count', statistic: 'point_in_time', better: 'higher', domain: 'social',
    source: 'DfE: Family Hubs and Start for Life programme',
  },
  {
    id: 'study-visas',
    zh: ['留学生签证', '学生签证', '留学签证'],
    en: ['study visas', 'student visas', 'sponsored study visas', 'international student visas'],
    measure: 'flow', unitClass: 'count', statistic: 'annual', better: 'neither', domain: 'population',
    source: 'Home Office: Immigration system statistics (entry clearance visas granted)',
  },
  {
    id: 'work-visas',
    zh: ['技术工人签证', '工作签证'],
    en: ['work visas', 'skilled worker visas', 'health and care worker visas'],
    measure: 'flow', unitClass: 'count', statistic: 'annual', better: 'neither', domain: 'population',
    source: 'Home Office: Immigration system statistics (entry clearance visas granted)',
  },
  {
    id: 'returns-of-migrants',
    zh: ['遣返人数', '遣送出境人数'],
    en: ['enforced returns', 'enforced removals', 'migrant returns', 'people returned', 'illegal migrants returned'],
    measure: 'flow', unitClass: 'count', statistic: 'annual', better: 'higher', domain: 'population',
    source: 'Home Office: Immigration system statistics (returns)',
  },
];
