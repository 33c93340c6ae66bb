import { config } from '@keystatic/core';
import { lessonKits } from './src/content-model/bai-giang';
import { helpPage, settings } from './src/content-model/cai-dat';
import { districtReports } from './src/content-model/bao-cao-huyen';
import { quarterReports } from './src/content-model/bao-cao-quy';
import { reportSettings } from './src/content-model/cai-dat-bao-cao';
import { activityFiles } from './src/content-model/hoat-dong';
import { waves } from './src/content-model/dot-chien-dich';
import { plans } from './src/content-model/ke-hoach';
import { districtPlans } from './src/content-model/ke-hoach-huyen';
import { denominators } from './src/content-model/mau-so';
import { materials } from './src/content-model/tai-lieu';
import { news } from './src/content-model/tin-tuc';
import { pages } from './src/content-model/trang';
import { cmsStorage } from './src/lib/env/cms-env';

/**
 * The single definition of every content type. Pages read entries through
 * Keystatic's reader with this config, so no second schema can drift.
 */
export default config({
  // import.meta.env is absent when scripts load this file outside Vite.
  storage: cmsStorage(import.meta.env ?? {}),
  ui: {
    brand: { name: 'Phòng, chống mại dâm – Hưng Yên' },
    navigation: {
      'Nội dung': ['taiLieu', 'baiGiang', 'tinTuc', 'trang'],
      'Kế hoạch': ['keHoach'],
      'Theo dõi chiến dịch': ['dotChienDich', 'hoatDong', 'baoCaoQuy', 'keHoachHuyen', 'baoCaoHuyen', 'mauSo'],
      'Cài đặt': ['caiDat', 'caiDatBaoCao', 'hoTro'],
    },
  },
  collections: {
    taiLieu: materials,
    baiGiang: lessonKits,
    tinTuc: news,
    trang: pages,
    keHoach: plans,
    hoatDong: activityFiles,
    dotChienDich: waves,
    keHoachHuyen: districtPlans,
    baoCaoHuyen: districtReports,
    baoCaoQuy: quarterReports,
    mauSo: denominators,
  },
  singletons: {
    caiDat: settings,
    caiDatBaoCao: reportSettings,
    hoTro: helpPage,
  },
});
