import { DomainModule } from '../common/domain-module.js';
import { CITY_RESOLVERS } from './cities.resolver.js';
import { CitiesService } from './cities.service.js';
import { CityResource } from './city.resource.js';
import { CityListAlong } from './city-list-along.service.js';
import { City } from './city.entity.js';
import { CityRefsVersion } from './city-refs-version.entity.js';
import { CITY_DIRECTORY } from './demo-data/load-city-directory.js';
import { District } from './district.entity.js';
import { Cities1764480000000 } from './migrations/1764480000000-cities.js';
import { CityRefs1764600000000 } from './migrations/1764600000000-city-refs.js';
import { CityListIndexes1764900000000 } from './migrations/1764900000000-city-list-indexes.js';
import { CityOrderAndSearch1796147561045 } from './migrations/1796147561045-city-order-and-search.js';
import { CityRefsProvince1796148304936 } from './migrations/1796148304936-city-refs-province.js';
import { DistrictNamePrefix1796152110660 } from './migrations/1796152110660-district-name-prefix.js';
import { CityRefsVersion1796186237562 } from './migrations/1796186237562-city-refs-version.js';
import { Province } from './province.entity.js';
import { Source } from './source.entity.js';

@DomainModule({
  name: 'cities',
  entities: [Source, Province, City, District, CityRefsVersion],
  migrations: [Cities1764480000000, CityRefs1764600000000, CityListIndexes1764900000000, CityOrderAndSearch1796147561045, CityRefsProvince1796148304936, DistrictNamePrefix1796152110660, CityRefsVersion1796186237562],
  demoData: CITY_DIRECTORY,
  providers: [CitiesService, CityListAlong, CityResource, ...CITY_RESOLVERS],
  exports: [CitiesService, CityListAlong],
})
export class CitiesModule {}
