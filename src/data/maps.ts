import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature } from '../lib/map/geo';
import { ContentCache } from './content-memo';
import { projectRoot } from './context';

/** Boundaries from content/ban-do/ (sources and licences: content/don-vi-hanh-chinh/NGUON.md). */
const cache = new ContentCache<unknown>();

function read<P>(file: string): Feature<P>[] {
  const path = join(projectRoot(), 'content/ban-do', file);
  const { size, mtimeMs } = statSync(path);
  const data = cache.get(file, `${size}:${mtimeMs}`, () => JSON.parse(readFileSync(path, 'utf8')));
  return (data as { features: Feature<P>[] }).features;
}

/** The 10 districts before 01/07/2025 (2019 boundaries, unchanged to 06/2025). */
export const districtShapes = () => read<{ district_code: string; district_name: string; district_type: string }>('hung-yen-districts-2019.geojson');

/** The 104 communes and wards from 01/07/2025. */
export const communeShapes = () => read<{ commune_code: string; commune_name: string; commune_type: string }>('hung-yen-communes-2025.geojson');

/** Credit line for the maps, as the sources' licences require. */
export const MAP_CREDITS =
  'Ranh giới huyện (trước 2025): daohoangson/dvhcvn, lấy từ bản đồ gis.chinhphu.vn, giấy phép GPL-3.0. Ranh giới xã, phường (từ 01/07/2025): thanglequoc/vietnamese-provinces-database, lấy từ sapnhap.bando.com.vn (NXB Tài nguyên Môi trường và Bản đồ Việt Nam), giấy phép MIT.';
