import { sourcesPartPage } from '../part-page';

const page = sourcesPartPage('registry');
export const generateMetadata = page.generateMetadata;
export default page.Page;
