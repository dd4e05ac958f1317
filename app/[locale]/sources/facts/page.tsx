import { sourcesPartPage } from '../part-page';

const page = sourcesPartPage('facts');
export const generateMetadata = page.generateMetadata;
export default page.Page;
