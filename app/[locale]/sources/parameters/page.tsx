import { sourcesPartPage } from '../part-page';

const page = sourcesPartPage('parameters');
export const generateMetadata = page.generateMetadata;
export default page.Page;
