// Keeps the .NET SDK, NuGet's packages and the compiled weekly command between Netlify builds, in
// Netlify's build cache, through the build plugin API's utils.cache (restore before the build command,
// save after a successful build; see "Develop Build Plugins" in Netlify's docs and @netlify/cache-utils).
// Netlify keeps only what a plugin saves this way (or its own tools' folders, such as node_modules):
// folders the build command writes under $HOME are gone on the next build otherwise.
// The folders are netlify/build.sh's defaults. move: true renames them instead of copying the SDK's
// thousands of files each way.
const { homedir } = require('node:os');
const { join } = require('node:path');

const home = homedir();
const paths = [join(home, '.dotnet'), join(home, '.nuget', 'packages'), join(home, '.cache', 'weekly-bin')];

module.exports = {
  async onPreBuild({ utils }) {
    await utils.cache.restore(paths, { move: true });
  },
  async onPostBuild({ utils }) {
    await utils.cache.save(paths, { move: true });
  },
};
