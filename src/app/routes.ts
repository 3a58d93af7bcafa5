// Hash routes, so the app works from any static host and the Back button works.
export type Route = { screen: 'home' } | { screen: 'workbook'; id: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/workbook\/([A-Za-z0-9-]{1,64})$/.exec(hash);
  return match ? { screen: 'workbook', id: match[1]! } : { screen: 'home' };
}

export function routeHash(route: Route): string {
  return route.screen === 'workbook' ? `#/workbook/${route.id}` : '#/';
}
