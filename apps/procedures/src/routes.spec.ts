import { describe, expect, it } from 'vitest';
import { isOfficerRoute, matchRoute, paths } from './routes';

describe('the remote’s routes', () => {
  it.each([
    ['/thu-tuc', { kind: 'catalogue' }],
    ['/thu-tuc/', { kind: 'catalogue' }],
    ['/thu-tuc/LSN-TTTT-01', { kind: 'procedure', code: 'LSN-TTTT-01' }],
    ['/thu-tuc/1.004567', { kind: 'procedure', code: '1.004567' }],
    ['/thu-tuc/tra-cuu-ho-so', { kind: 'lookup' }],
    ['/thu-tuc/giay-phep', { kind: 'licences' }],
    ['/thu-tuc/can-bo', { kind: 'officer-dossiers' }],
    ['/thu-tuc/can-bo/ho-so/LSN-200706-0001', { kind: 'officer-dossier', code: 'LSN-200706-0001' }],
    ['/thu-tuc/can-bo/giay-phep', { kind: 'officer-licences' }],
  ] as const)('shows %s as %j', (path, route) => {
    expect(matchRoute(path)).toEqual(route);
  });

  it.each(['/thu-tuc/a/b', '/thu-tuc/LSN TTTT', '/thu-tuc/%E0%A4%A', '/thu-tuc/can-bo/ho-so/abc', '/thu-tuc/can-bo/khac', '/tin-tuc', '/thu-tuc//x', '/thu-tuc-khac'])(
    'finds no page at %s',
    (path) => {
      expect(matchRoute(path)).toEqual({ kind: 'not-found' });
    },
  );

  it('builds addresses that lead back to the same pages', () => {
    expect(matchRoute(paths.procedure('LSN-TTTT-03'))).toEqual({ kind: 'procedure', code: 'LSN-TTTT-03' });
    expect(matchRoute(paths.officerDossier('LSN-200706-0002'))).toEqual({ kind: 'officer-dossier', code: 'LSN-200706-0002' });
    expect(paths.lookup('LSN-200706-0002')).toBe('/thu-tuc/tra-cuu-ho-so?ma=LSN-200706-0002');
    expect(matchRoute(paths.officerLicences)).toEqual({ kind: 'officer-licences' });
  });

  it('knows which pages are for officers only', () => {
    expect(isOfficerRoute(matchRoute('/thu-tuc/can-bo'))).toBe(true);
    expect(isOfficerRoute(matchRoute('/thu-tuc/can-bo/giay-phep'))).toBe(true);
    expect(isOfficerRoute(matchRoute('/thu-tuc/giay-phep'))).toBe(false);
    expect(isOfficerRoute(matchRoute('/thu-tuc/tra-cuu-ho-so'))).toBe(false);
  });
});
