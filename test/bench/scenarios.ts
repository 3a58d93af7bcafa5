// Filled in when scenario evaluation lands (issue 5).
export async function benchScenarios(): Promise<void> {}
