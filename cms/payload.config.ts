import path from 'node:path';
import { zh } from '@payloadcms/translations/languages/zh';
import { buildConfig } from 'payload';
import sharp from 'sharp';
import { Agencies } from './collections/Agencies';
import { Campaigns } from './collections/Campaigns';
import { CitationReviews } from './collections/CitationReviews';
import { Certificates } from './collections/learning/Certificates';
import { ExamAccommodations } from './collections/learning/ExamAccommodations';
import { ExamAttempts } from './collections/learning/ExamAttempts';
import { ExamSettings } from './collections/learning/ExamSettings';
import { Learners } from './collections/learning/Learners';
import { UnitInvitations } from './collections/learning/UnitInvitations';
import { LearningRecords } from './collections/learning/LearningRecords';
import { KeyDates } from './collections/KeyDates';
import { Reports } from './collections/Reports';
import { ResponsibilityLists } from './collections/ResponsibilityLists';
import { LawArticles } from './collections/LawArticles';
import { Laws } from './collections/Laws';
import { LawVersions } from './collections/LawVersions';
import { Media } from './collections/Media';
import { Questions } from './collections/Questions';
import { SearchAliases } from './collections/SearchAliases';
import { Users } from './collections/Users';
import { SiteBuilds } from './collections/SiteBuilds';
import { LawImports } from './collections/LawImports';
import { ClassAnswers } from './collections/classroom/ClassAnswers';
import { ClassSessions } from './collections/classroom/ClassSessions';
import { QuizSets } from './collections/classroom/QuizSets';
import { publishOnChange } from './publish/plugin';
import { withLockHolderNames } from './admin/lock-holder-names';
import { databaseFromEnv } from './database';
import { textFieldsTakeText } from './fields/validators';
import { refusalReplies } from './api-errors';
import { CMS_DIR } from './paths';
import { payloadSecret } from './secret';
import { configuredOrigins } from './security/csrf';


export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.PUFA_SERVER_URL ?? '',
  admin: {
    user: Users.slug,
    // No Gravatar: the admin must not call out to third-party hosts.
    avatar: 'default',
    components: { beforeDashboard: ['/components/CityOverview#CityOverview', '/components/UnitLearning#UnitLearning'], actions: ['/components/PublishStatus#PublishStatus'] },
    meta: { titleSuffix: ' · 普法管理后台' },
    importMap: { baseDir: CMS_DIR, importMapFile: path.join(CMS_DIR, 'app', '(payload)', 'admin', 'importMap.js') },
    dateFormat: 'yyyy年MM月dd日 HH:mm',
  },
  i18n: { supportedLanguages: { zh }, fallbackLanguage: 'zh' },
  collections: [
    Users,
    Agencies,
    ResponsibilityLists,
    Campaigns,
    KeyDates,
    Reports,
    Laws,
    LawVersions,
    LawArticles,
    SearchAliases,
    Questions,
    CitationReviews,
    Media,
    Learners,
    UnitInvitations,
    LearningRecords,
    ExamSettings,
    ExamAttempts,
    ExamAccommodations,
    Certificates,
    SiteBuilds,
    LawImports,
    QuizSets,
    ClassSessions,
    ClassAnswers,
  ],
  plugins: [textFieldsTakeText, refusalReplies, publishOnChange],
  db: databaseFromEnv(),
  sharp,
  typescript: {
    outputFile: path.join(CMS_DIR, 'payload-types.ts'),
    // Scripts and tests must not spawn type generation; `npm run generate:types` does it.
    autoGenerate: false,
  },
  // Served at POST /api/graphql from a view of this config (cms/graphql/enum-safe-config.ts):
  // Chinese select values are no GraphQL enum names, so those fields are strings there.
  graphQL: { disable: false },
  // Payload reads the auth cookie only from these origins (plus serverURL); an empty list reads it
  // from any. The server's own CSRF check (cms/security/csrf.ts, in cms/server/serve.ts) refuses
  // cookie-carrying writes from other origins, same-site ones included, with 403.
  csrf: configuredOrigins(),
  telemetry: false,
}).then(withLockHolderNames);
