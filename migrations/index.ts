import { Foundation1764277200000 } from './1764277200000-Foundation.js';
import { Profiles1764280800000 } from './1764280800000-Profiles.js';
import { Matches1764284400000 } from './1764284400000-Matches.js';
import { Messages1764291600000 } from './1764291600000-Messages.js';
import { Meetups1764302400000 } from './1764302400000-Meetups.js';
import { Moderation1764306000000 } from './1764306000000-Moderation.js';
import { CandidateIndexes1764316800000 } from './1764316800000-CandidateIndexes.js';
import { EventOutbox1764320400000 } from './1764320400000-EventOutbox.js';
import { Programmes1764324000000 } from './1764324000000-Programmes.js';
import { ProgrammeTerms1764338400000 } from './1764338400000-ProgrammeTerms.js';
import { Email1764342000000 } from './1764342000000-Email.js';
import { ProgrammeCandidateIndexes1764345600000 } from './1764345600000-ProgrammeCandidateIndexes.js';
import { SafeguardingAndRetention1764349200000 } from './1764349200000-SafeguardingAndRetention.js';
import { ProgrammeCandidateWalks1764352800000 } from './1764352800000-ProgrammeCandidateWalks.js';
import { VettingChecks1764356400000 } from './1764356400000-VettingChecks.js';
import { StaffTwoFactor1764360000000 } from './1764360000000-StaffTwoFactor.js';
import { RoundReview1764367200000 } from './1764367200000-RoundReview.js';
import { PushSubscriptions1764370800000 } from './1764370800000-PushSubscriptions.js';
import { Places1764374400000 } from './1764374400000-Places.js';
import { RoundProgress1764385200000 } from './1764385200000-RoundProgress.js';

/** Every migration, oldest first; listed explicitly so the app, the CLI and the tests load the same set. */
export const allMigrations = [Foundation1764277200000, Profiles1764280800000, Matches1764284400000, Messages1764291600000, Meetups1764302400000, Moderation1764306000000, CandidateIndexes1764316800000, EventOutbox1764320400000, Programmes1764324000000, ProgrammeTerms1764338400000, Email1764342000000, ProgrammeCandidateIndexes1764345600000, SafeguardingAndRetention1764349200000, ProgrammeCandidateWalks1764352800000, VettingChecks1764356400000, StaffTwoFactor1764360000000, RoundReview1764367200000, PushSubscriptions1764370800000, Places1764374400000, RoundProgress1764385200000];
