// The checks of page-checks.mjs for each page of this topic of content/guide.toml.
import { checkTopic } from './page-checks.mjs';

checkTopic('about');
